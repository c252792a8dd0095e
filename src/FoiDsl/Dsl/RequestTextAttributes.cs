using System;

namespace FoiDsl;

/// <summary>
/// Marks a <c>const string</c> field of a request class as text of the request that is not a
/// question: what the requester wrote before the questions (who they are, what they are looking
/// into). Printed under "Request" before the questions, in declaration order.
/// </summary>
/// <example>
/// <code>
/// [Preamble] public const string Context = "I am researching how forces use drones.";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class PreambleAttribute : Attribute
{
}

/// <summary>
/// Marks a <c>const string</c> field of a request class as the period or scope the request covers,
/// as the requester set it ("for the financial years 2021/22 to 2023/24"). Printed under "Request"
/// after the preamble and before the questions.
/// </summary>
/// <example>
/// <code>
/// [Scope] public const string Period = "For the years 2021 to 2023.";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class ScopeAttribute : Attribute
{
}

/// <summary>
/// Marks a <c>const string</c> field of a request class as a clarification the requester gave
/// after the request arrived (FOIA s1(3)), with the date it was received. Printed under "Request"
/// after the questions, with its date.
/// </summary>
/// <example>
/// <code>
/// [Clarification(Received = "2024-02-01")]
/// public const string Clarified = "By 'drones' I mean unmanned aircraft flown by the force.";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class ClarificationAttribute : Attribute
{
    /// <summary>The date the clarification was received, as <c>yyyy-MM-dd</c>.</summary>
    public string? Received { get; set; }
}
