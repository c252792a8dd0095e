using System;

namespace FoiDsl;

/// <summary>What part of a request a <see cref="RequestText"/> is.</summary>
public enum RequestTextKind
{
    /// <summary>Text before the questions: context, who is asking, what they are looking into.</summary>
    Preamble,

    /// <summary>The period or scope the request covers.</summary>
    Scope,

    /// <summary>A clarification received after the request (s1(3)).</summary>
    Clarification,
}

/// <summary>Text of a request that is not a question: a preamble, its scope, or a later clarification.</summary>
/// <param name="Kind">Which part of the request it is.</param>
/// <param name="Text">The text as the requester wrote it.</param>
/// <param name="Received">For a clarification, the date it was received; otherwise null.</param>
public sealed record RequestText(RequestTextKind Kind, string Text, DateTime? Received = null);
