namespace FoiDsl;

/// <summary>What happened to one question (FOIA s1(1): confirm or deny, then communicate).</summary>
public enum QuestionOutcome
{
    /// <summary>The information was given (Yes, No or an answer in words).</summary>
    Disclosed,

    /// <summary>The information is not held.</summary>
    NotHeld,

    /// <summary>The question did not apply (it depended on an earlier question answered No).</summary>
    NotApplicable,

    /// <summary>The information is held and withheld under one or more exemptions.</summary>
    Withheld,

    /// <summary>The question is answered, but part of its information (a period, a figure, names) is withheld under exemptions.</summary>
    PartlyWithheld,

    /// <summary>The authority neither confirms nor denies that it holds the information.</summary>
    NeitherConfirmNorDeny,

    /// <summary>The question was refused on a procedural ground (s12 cost, s14 vexatious or repeated).</summary>
    Refused,

    /// <summary>The question is answered, but part of it (a period, a kind of record) is refused because its cost would exceed the limit (s12).</summary>
    PartlyRefused,
}

/// <summary>The outcome of the whole request, as counted in FOI statistics.</summary>
public enum OverallOutcome
{
    /// <summary>Everything held was disclosed.</summary>
    GrantedInFull,

    /// <summary>Some information was disclosed and some withheld, neither confirmed nor denied, or refused on cost.</summary>
    PartiallyWithheld,

    /// <summary>Nothing was disclosed; information was withheld under exemptions.</summary>
    WithheldInFull,

    /// <summary>None of the information asked for is held.</summary>
    NotHeld,

    /// <summary>The authority neither confirms nor denies holding any of the information.</summary>
    NeitherConfirmNorDeny,

    /// <summary>The request was refused on a procedural ground (s12 cost, s14 vexatious or repeated), and nothing was released.</summary>
    Refused,
}

/// <summary>How likely the harm is, as the prejudice test requires it to be stated.</summary>
public enum HarmLikelihood
{
    /// <summary>"Would": the harm is more probable than not.</summary>
    Would,

    /// <summary>"Would be likely to": a real and significant risk of harm, even if below 50%.</summary>
    WouldBeLikelyTo,
}
