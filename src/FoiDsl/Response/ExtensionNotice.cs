using System;
using System.Collections.Generic;
using System.Linq;

namespace FoiDsl;

/// <summary>
/// The interim notice that extends the time for a response to weigh the public interest (FOIA s10(3)):
/// a notice under s17(1) that, as s17(2) requires, names the qualified exemptions being considered,
/// says that no decision on the public interest has been reached, and gives an estimate of the date by
/// which it will be. It is sent within the 20 working days, before the response exists, and renders as
/// its own document (<c>ResponseLayout.Police.Arrange(notice)</c>).
/// </summary>
public sealed class ExtensionNotice
{
    private ExtensionNotice(FoiRequestDefinition request, ClockExtension extension, IReadOnlyList<ExemptionClaim> exemptions, IReadOnlyList<string> reasons, Timeliness timeliness)
    {
        Request = request;
        Extension = extension;
        Exemptions = exemptions;
        Reasons = reasons;
        Timeliness = timeliness;
        Rights = ComplaintRights.Standard(request.Profile);
    }

    /// <summary>The request the notice is about.</summary>
    public FoiRequestDefinition Request { get; }

    /// <summary>The day the notice is given and the estimated date of the decision.</summary>
    public ClockExtension Extension { get; }

    /// <summary>The qualified exemptions whose public interest test needs the time (s17(2)).</summary>
    public IReadOnlyList<ExemptionClaim> Exemptions { get; }

    /// <summary>Why more time is needed, as the officer wrote it.</summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>The clock at the day of the notice: the statutory due date and the extended one.</summary>
    public Timeliness Timeliness { get; }

    /// <summary>The review and Information Commissioner paragraph (s17(7)): the notice is a notice under s17(1).</summary>
    public ComplaintRights Rights { get; }

    /// <summary>
    /// The notice for <paramref name="request"/>, with the dates its <c>[PublicInterestExtension]</c> declares.
    /// </summary>
    /// <exception cref="ArgumentException">The request declares no extension, or see <see cref="Create"/>.</exception>
    public static ExtensionNotice For(FoiRequestDefinition request, IEnumerable<string> exemptions, params string[] reasons)
    {
        if (request?.Extension is not { } extension)
        {
            throw new ArgumentException($"{request?.Reference ?? "The request"} declares no extension: add [PublicInterestExtension(NoticeGiven = \"yyyy-MM-dd\", NewDueDate = \"yyyy-MM-dd\")] to it, or call ExtensionNotice.Create with the dates.", nameof(request));
        }

        return Create(request, extension, exemptions, reasons);
    }

    /// <summary>The notice for <paramref name="request"/>, given and estimating the decision as <paramref name="extension"/> says.</summary>
    /// <exception cref="ArgumentException">
    /// The request has no date of receipt; an exemption is not a qualified one (s10(3) extends time only for
    /// the public interest test); no exemption or no reason is given; or the dates cannot work: a notice
    /// after the 20 working days, or a date of decision not after the due date.
    /// </exception>
    public static ExtensionNotice Create(FoiRequestDefinition request, ClockExtension extension, IEnumerable<string> exemptions, params string[] reasons)
    {
        if (request is null || extension is null)
        {
            throw new ArgumentNullException(request is null ? nameof(request) : nameof(extension));
        }

        if (request.Regime != Regime.Foia)
        {
            throw new ArgumentException(request.RegimeDefinition.Clock.Extension is { } rule
                ? $"{request.Reference} is answered under the {request.RegimeDefinition.Name}, which has no extension for the public interest test: {rule.Citation} extends the time only for the complexity and volume of the information."
                : $"{request.Reference} is answered under the {request.RegimeDefinition.Name}, which allows no extension of the time limit ({request.RegimeDefinition.Clock.TimeLimitCitation}).", nameof(request));
        }

        var claims = (exemptions ?? Array.Empty<string>()).Select(request.ParseSection).ToArray();
        if (claims.Length == 0)
        {
            throw new ArgumentException("The notice must name the exemptions being considered (s17(2)).", nameof(exemptions));
        }

        if (claims.FirstOrDefault(c => !c.Exemption.RequiresPublicInterestTest) is { } absolute)
        {
            throw new ArgumentException($"{absolute} needs no public interest test, so it gives no ground to extend the time (s10(3)): name the qualified exemptions being weighed.", nameof(exemptions));
        }

        var paragraphs = (reasons ?? Array.Empty<string>()).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray();
        if (paragraphs.Length == 0)
        {
            throw new ArgumentException("Say why more time is needed to weigh the public interest.", nameof(reasons));
        }

        if (request.AssessTimeliness(extension.NoticeGiven, extension) is not { } timeliness)
        {
            throw new ArgumentException($"{request.Reference} has no date of receipt, so the time limit the notice extends cannot be counted.", nameof(request));
        }

        var wrong = timeliness.Problems
            .Where(p => (p.Severity == TimelinessSeverity.Error && p.Kind != TimelinessProblemKind.Late) || p.Kind == TimelinessProblemKind.ExtensionDoesNotExtend)
            .Select(p => p.Message)
            .ToArray();
        if (wrong.Length > 0 || timeliness.ExtendedDueDate is null)
        {
            throw new ArgumentException($"The extension notice for {request.Reference} cannot be given as dated: {string.Join(" ", wrong)}", nameof(extension));
        }

        return new ExtensionNotice(request, extension, claims, paragraphs, timeliness);
    }
}
