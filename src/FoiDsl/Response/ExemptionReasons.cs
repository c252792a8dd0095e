using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl;

/// <summary>
/// Why a withheld exemption applies: the statement a refusal notice owes the requester under FOIA
/// s17(1)(c), in the form the exemption calls for. Evidence of harm plays this part for prejudice and
/// endangerment tests; every other exemption has one of these.
/// </summary>
public abstract record ExemptionReasons
{
    private protected ExemptionReasons(ExemptionClaim exemption)
    {
        Exemption = exemption;
    }

    /// <summary>The exemption the reasons are for.</summary>
    public ExemptionClaim Exemption { get; }

    /// <summary>Every text the officer wrote, for the placeholder check.</summary>
    internal abstract IEnumerable<string> Texts { get; }
}

/// <summary>Why the information falls within the class the exemption describes (class exemptions such as s30, s42; and s24 or s34 where no evidence of harm is given).</summary>
public sealed record WhyExempt : ExemptionReasons
{
    /// <summary>States why <paramref name="exemption"/> applies.</summary>
    public WhyExempt(ExemptionClaim exemption, IReadOnlyList<string> paragraphs)
        : base(exemption)
    {
        Paragraphs = paragraphs;
    }

    /// <summary>The reasons, one paragraph each.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    internal override IEnumerable<string> Texts => Paragraphs;
}

/// <summary>s21: where and how the information is reasonably accessible to the requester, e.g. a page of the authority's publication scheme.</summary>
public sealed record ReasonablyAccessible : ExemptionReasons
{
    /// <summary>States where the information can be found.</summary>
    public ReasonablyAccessible(ExemptionClaim exemption, string where, string? link)
        : base(exemption)
    {
        Where = where;
        Link = link;
    }

    /// <summary>Where and how the requester can get the information, in words.</summary>
    public string Where { get; }

    /// <summary>A web address or document reference, if there is one.</summary>
    public string? Link { get; }

    internal override IEnumerable<string> Texts => Link is null ? new[] { Where } : new[] { Where, Link };
}

/// <summary>
/// EIR reg 12(4)(d), EIR (Scotland) reg 10(4)(d): the information is material still in the course of completion, an
/// unfinished document or incomplete data. The refusal names any other authority preparing it and the estimated time
/// in which it will be finished, if known (EIR reg 14(4), EIR (Scotland) reg 13(d)).
/// </summary>
public sealed record InCourseOfCompletion : ExemptionReasons
{
    /// <summary>States why the information is unfinished, who is preparing it and when it is expected to be finished.</summary>
    public InCourseOfCompletion(ExemptionClaim exemption, string preparedBy, string expectedCompletion, IReadOnlyList<string> paragraphs)
        : base(exemption)
    {
        PreparedBy = preparedBy;
        ExpectedCompletion = expectedCompletion;
        Paragraphs = paragraphs;
    }

    /// <summary>Who is preparing the information: a team of the authority answering, or another authority by name.</summary>
    public string PreparedBy { get; }

    /// <summary>When the information is expected to be finished, e.g. "by the end of June 2025", or that this is not yet known.</summary>
    public string ExpectedCompletion { get; }

    /// <summary>Why the information is unfinished, as the officer wrote it.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    internal override IEnumerable<string> Texts => new[] { PreparedBy, ExpectedCompletion }.Concat(Paragraphs);
}

/// <summary>s22: the information is held with a view to its publication at a future date, by whom and roughly when, and why it is reasonable to withhold it until then.</summary>
public sealed record IntendedPublication : ExemptionReasons
{
    /// <summary>States the intended publication.</summary>
    public IntendedPublication(ExemptionClaim exemption, string publisher, string expected, IReadOnlyList<string> paragraphs)
        : base(exemption)
    {
        Publisher = publisher;
        Expected = expected;
        Paragraphs = paragraphs;
    }

    /// <summary>Who intends to publish it (the authority or another person, s22(1)(a)).</summary>
    public string Publisher { get; }

    /// <summary>Roughly when, e.g. "in the annual report due in July 2025"; the date need not be fixed.</summary>
    public string Expected { get; }

    /// <summary>Why it is reasonable to withhold the information until then (s22(1)(c)).</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    internal override IEnumerable<string> Texts => new[] { Publisher, Expected }.Concat(Paragraphs);
}

/// <summary>s36: the reasonable opinion of the qualified person, by which alone s36(2) is engaged: who gave it and when.</summary>
public sealed record QualifiedPersonsOpinion : ExemptionReasons
{
    /// <summary>States the qualified person's opinion.</summary>
    public QualifiedPersonsOpinion(ExemptionClaim exemption, string qualifiedPerson, DateTime givenOn, IReadOnlyList<string> paragraphs)
        : base(exemption)
    {
        QualifiedPerson = qualifiedPerson;
        GivenOn = givenOn.Date;
        Paragraphs = paragraphs;
    }

    /// <summary>The qualified person (s36(5)), e.g. "the Chief Constable".</summary>
    public string QualifiedPerson { get; }

    /// <summary>The date the opinion was given.</summary>
    public DateTime GivenOn { get; }

    /// <summary>The opinion and its grounds.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    internal override IEnumerable<string> Texts => new[] { QualifiedPerson }.Concat(Paragraphs);
}

/// <summary>
/// s40(2) with the first condition (s40(3A)): disclosure would breach the data protection principles,
/// because no lawful basis applies. For Article 6(1)(f) UK GDPR, the three-part legitimate-interests
/// test: is a legitimate interest pursued, is disclosure necessary for it, and does it override the
/// data subjects' interests, rights and freedoms.
/// </summary>
public sealed record LegitimateInterestsTest : ExemptionReasons
{
    /// <summary>States the three parts of the test.</summary>
    public LegitimateInterestsTest(ExemptionClaim exemption, string legitimateInterest, string necessity, string balance)
        : base(exemption)
    {
        LegitimateInterest = legitimateInterest;
        Necessity = necessity;
        Balance = balance;
    }

    /// <summary>The legitimate interest in disclosure (the requester's or the public's).</summary>
    public string LegitimateInterest { get; }

    /// <summary>Whether disclosure to the world is necessary to meet that interest, or a less intrusive way exists.</summary>
    public string Necessity { get; }

    /// <summary>The balance between that interest and the data subjects' interests, rights and freedoms.</summary>
    public string Balance { get; }

    internal override IEnumerable<string> Texts => new[] { LegitimateInterest, Necessity, Balance };
}

/// <summary>
/// s17(4): the authority does not state why the exemption applies, because the statement would
/// itself disclose exempt information. The notice says so.
/// </summary>
public sealed record ReasonsNotStated : ExemptionReasons
{
    /// <summary>Records that the reasons for <paramref name="exemption"/> are not stated.</summary>
    public ReasonsNotStated(ExemptionClaim exemption)
        : base(exemption)
    {
    }

    internal override IEnumerable<string> Texts => Array.Empty<string>();
}
