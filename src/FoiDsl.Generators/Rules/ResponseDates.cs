using System;
using System.Linq;
using FoiDsl.Generators.Clock;
using FoiDsl.Generators.Model;
using Microsoft.CodeAnalysis.Operations;

namespace FoiDsl.Generators.Rules;

/// <summary>
/// The dates of one response as the compiler sees them: the request's constants (receipt,
/// clarification, fees notice, extension) and the constant date passed to <c>RespondedOn(...)</c>,
/// judged by the request's regime's clock (FOIA s10, EIR reg 5 and 7, FOISA s10 on Scotland's calendar),
/// the one <c>Build()</c> uses.
/// </summary>
internal static class ResponseDates
{
    /// <summary>The response's timeliness, or null when the date of receipt or a constant date of response is missing.</summary>
    public static Timeliness? Assess(BuildSite site) => site.Chain.Timeliness(chain => Assess(site.Request, chain));

    private static Timeliness? Assess(RequestSpec request, ResponseChain chain)
    {
        if (request.Received is not { } received || RespondedOn(chain) is not { } respondedOn)
        {
            return null;
        }

        var timeline = new ResponseTimeline(received.ToDateTime(), respondedOn)
        {
            ClarificationReceived = request.ClarificationReceived?.ToDateTime(),
            FeesNotice = request.FeesNotice is { } fees ? new FeesNotice(fees.First.ToDateTime(), fees.Second.ToDateTime()) : null,
            Extension = request.Extension is { } extension ? new ClockExtension(extension.First.ToDateTime(), extension.Second.ToDateTime()) : null,
        };
        return Catalogue.RegimeDefinition.For(request.Regime).Clock.Assess(timeline);
    }

    /// <summary>The last <c>RespondedOn(new DateTime(y, m, d))</c> of the chain when its date is constant.</summary>
    public static DateTime? RespondedOn(ResponseChain chain)
    {
        var call = chain.Calls.LastOrDefault(c => c.Name == KnownNames.RespondedOn);
        var value = call?.Invocation.Arguments.FirstOrDefault()?.Value;
        if (value is not IObjectCreationOperation { Type.SpecialType: Microsoft.CodeAnalysis.SpecialType.System_DateTime } creation
            || creation.Arguments.Length < 3
            || creation.Arguments[0].Value.ConstantValue.Value is not int year
            || creation.Arguments[1].Value.ConstantValue.Value is not int month
            || creation.Arguments[2].Value.ConstantValue.Value is not int day)
        {
            return null;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : null;
    }
}
