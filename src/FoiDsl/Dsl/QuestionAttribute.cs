using System;

namespace FoiDsl;

/// <summary>
/// Marks a <c>const string</c> field of an <see cref="FoiRequestAttribute"/> class as a numbered
/// question of the request; the constant's value is the question's wording as received. The
/// generated builder has a method named after the field to answer it.
/// </summary>
/// <example>
/// <code>
/// [Question(1)]       public const string UsesSocialListening = "Do you use a social listening platform?";
/// [Question(2, If = 1)] public const string SocialListeningTools = "If so, what tools do you use?";
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class QuestionAttribute : Attribute
{
    /// <summary>Declares question <paramref name="number"/>.</summary>
    /// <param name="number">The question's number in the request (Q1, Q2, …).</param>
    public QuestionAttribute(int number)
    {
        Number = number;
    }

    /// <summary>The question's number in the request.</summary>
    public int Number { get; }

    /// <summary>
    /// The number of an earlier question this one depends on ("If so, …"); 0 when it stands alone.
    /// When that question is answered No, this one is answered <see cref="Answer.NotApplicable"/>.
    /// </summary>
    public int If { get; set; }
}
