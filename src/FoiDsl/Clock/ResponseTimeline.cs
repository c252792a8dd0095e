using System;

// Compiled into the runtime (namespace FoiDsl) and into the analyzers (FoiDsl.Generators.Clock), so
// the rules that judge a response's dates at compile time count days exactly as Build() does.
#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Clock;
#else
namespace FoiDsl;
#endif

/// <summary>
/// The dates that decide whether a response was on time: receipt, the response, and what moves the
/// clock — a clarification (s1(3)), a fees notice (s9, s10(2)) and a public interest extension (s10(3)).
/// Times of day are ignored.
/// </summary>
public sealed class ResponseTimeline
{
    /// <summary>A timeline with the date the request was received and the date of the response.</summary>
    public ResponseTimeline(DateTime received, DateTime respondedOn)
    {
        Received = received.Date;
        RespondedOn = respondedOn.Date;
    }

    /// <summary>The date the request was received (may be a non-working day).</summary>
    public DateTime Received { get; }

    /// <summary>The date of the response.</summary>
    public DateTime RespondedOn { get; }

    /// <summary>The date the requester's clarification arrived, when the authority asked for one: the clock restarts from it (FOIA s1(3)).</summary>
    public DateTime? ClarificationReceived { get; init; }

    /// <summary>A fees notice and the date the fee was paid: the working days between them are disregarded (FOIA s9, s10(2)).</summary>
    public FeesNotice? FeesNotice { get; init; }

    /// <summary>A public interest extension (FOIA s10(3), notice under s17(2)).</summary>
    public ClockExtension? Extension { get; init; }
}

/// <summary>A fees notice (FOIA s9) and the day the fee was received: the working days from the one to the other, both included, are disregarded (s10(2)).</summary>
public sealed class FeesNotice
{
    /// <summary>A fees notice given on <paramref name="given"/> and paid on <paramref name="paid"/>.</summary>
    public FeesNotice(DateTime given, DateTime paid)
    {
        Given = given.Date;
        Paid = paid.Date;
    }

    /// <summary>The day the fees notice was given to the requester.</summary>
    public DateTime Given { get; }

    /// <summary>The day the authority received the fee.</summary>
    public DateTime Paid { get; }
}

/// <summary>An extension of the time limit: the day the requester was told (a s17(2) notice, due within the time limit) and the new estimated date.</summary>
public sealed class ClockExtension
{
    /// <summary>An extension notified on <paramref name="noticeGiven"/> to <paramref name="newDueDate"/>.</summary>
    public ClockExtension(DateTime noticeGiven, DateTime newDueDate)
    {
        NoticeGiven = noticeGiven.Date;
        NewDueDate = newDueDate.Date;
    }

    /// <summary>The day the notice of the extension was given.</summary>
    public DateTime NoticeGiven { get; }

    /// <summary>The new date the notice gives for the response.</summary>
    public DateTime NewDueDate { get; }
}
