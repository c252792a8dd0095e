using System;

namespace FoiDsl;

/// <summary>What kind of answer a question was given.</summary>
public enum AnswerKind
{
    /// <summary>Yes: the information or practice asked about exists.</summary>
    Yes,

    /// <summary>No.</summary>
    No,

    /// <summary>The answer is given in words (a name, a figure, a description).</summary>
    Text,

    /// <summary>The question does not apply, usually because it depends on an earlier question answered No.</summary>
    NotApplicable,

    /// <summary>The authority does not hold the information (s1(1)(a): the duty to confirm or deny is met by saying so).</summary>
    NotHeld,

    /// <summary>Not answered yet: a <see cref="Answer.ToBeWritten"/> that <c>Build()</c> refuses.</summary>
    Placeholder,
}

/// <summary>
/// The answer to one question. Use <see cref="Yes"/>, <see cref="No"/>, <see cref="NotApplicable"/>,
/// <see cref="NotHeld"/>, or any string for an answer in words (<c>.BudgetHolder("ICT")</c>).
/// Bring the members into scope with <c>using static FoiDsl.Answer;</c>.
/// </summary>
public abstract class Answer : IEquatable<Answer>
{
    private protected Answer()
    {
    }

    /// <summary>Yes.</summary>
    public static Answer Yes { get; } = new Fixed(AnswerKind.Yes, "Yes");

    /// <summary>No.</summary>
    public static Answer No { get; } = new Fixed(AnswerKind.No, "No");

    /// <summary>Not applicable, e.g. because the question it depends on was answered No.</summary>
    public static Answer NotApplicable { get; } = new Fixed(AnswerKind.NotApplicable, "N/A");

    /// <summary>The information is not held.</summary>
    public static Answer NotHeld { get; } = new Fixed(AnswerKind.NotHeld, "Not held");

    /// <summary>What kind of answer this is.</summary>
    public abstract AnswerKind Kind { get; }

    /// <summary>The answer as printed in the response.</summary>
    public abstract string Display { get; }

    /// <summary>True for answers that disclose information (yes, no, or words).</summary>
    public bool DisclosesInformation => Kind is AnswerKind.Yes or AnswerKind.No or AnswerKind.Text;

    /// <summary>An answer in words.</summary>
    /// <exception cref="ArgumentException">The text is empty.</exception>
    public static Answer Text(string text) => new Words(text);

    /// <summary>
    /// The information is not held, with the explanation a requester is owed: why it is not held,
    /// e.g. that it is not recorded, or that another body holds it (say which in
    /// <c>AdviceAndAssistance</c>, s16). Printed as "Not held. " followed by the explanation.
    /// </summary>
    /// <exception cref="ArgumentException">The explanation is empty.</exception>
    public static Answer NotHeldBecause(string explanation)
    {
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new ArgumentException("Say why the information is not held, or use Answer.NotHeld.", nameof(explanation));
        }

        return new Fixed(FoiDsl.Placeholder.IsIn(explanation) ? AnswerKind.Placeholder : AnswerKind.NotHeld, "Not held. " + explanation.Trim());
    }

    /// <summary>
    /// An answer still to be written, saying what is needed. It compiles, so a scaffolded response can
    /// be filled in step by step, but rule FOI0018 flags it and <c>Build()</c> refuses it.
    /// </summary>
    public static Answer ToBeWritten(string whatToWrite) => new Fixed(AnswerKind.Placeholder, FoiDsl.Placeholder.Text(whatToWrite));

    /// <summary>An answer in words: lets a string stand where an answer is expected.</summary>
    public static implicit operator Answer(string text) => Text(text);

    /// <inheritdoc />
    public bool Equals(Answer? other) => other is not null && other.Kind == Kind && other.Display == Display;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Answer other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Display);

    /// <inheritdoc />
    public override string ToString() => Display;

    private sealed class Fixed : Answer
    {
        public Fixed(AnswerKind kind, string display)
        {
            Kind = kind;
            Display = display;
        }

        public override AnswerKind Kind { get; }

        public override string Display { get; }
    }

    private sealed class Words : Answer
    {
        public Words(string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ArgumentException("An answer in words needs some words; use Answer.NotHeld or Answer.NotApplicable where there is nothing to say.", nameof(text));
            }

            Display = text.Trim();
        }

        public override AnswerKind Kind => FoiDsl.Placeholder.IsIn(Display) ? AnswerKind.Placeholder : AnswerKind.Text;

        public override string Display { get; }
    }
}
