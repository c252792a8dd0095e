using System;
using System.Collections.Generic;
using FoiDsl.Samples.BodyWornVideo;
using FoiDsl.Samples.CouncilPlanningEir;
using FoiDsl.Samples.CovertSources;
using FoiDsl.Samples.DroneFlights;
using FoiDsl.Samples.MixedRiverQuality;
using FoiDsl.Samples.OnlineResearch;
using FoiDsl.Samples.ScottishPoliceFoisa;
using FoiDsl.Samples.SocialMediaMonitoring;
using FoiDsl.Samples.StaffComplaints;

namespace FoiDsl.Tests.TestSupport;

/// <summary>Every sample host's response, by sample name, for tests that must hold for all of them.</summary>
internal static class SampleResponses
{
    public static IReadOnlyList<(string Name, Func<FoiResponse> Write)> All { get; } = new (string, Func<FoiResponse>)[]
    {
        ("SocialMediaMonitoring", SocialMediaMonitoringResponse.Write),
        ("CovertSources", CovertSourcesResponse.Write),
        ("StaffComplaints", StaffComplaintsResponse.Write),
        ("DroneFlights", DroneFlightsResponse.Write),
        ("OnlineResearch", OnlineResearchResponse.Write),
        ("BodyWornVideo", BodyWornVideoResponse.Write),
        ("CouncilPlanningEir", CouncilPlanningEirResponse.Write),
        ("ScottishPoliceFoisa", ScottishPoliceFoisaResponse.Write),
        ("MixedRiverQuality", MixedRiverQualityResponse.Write),
    };

    /// <summary>The samples as NUnit cases, named by sample.</summary>
    public static IEnumerable<NUnit.Framework.TestCaseData> Cases()
    {
        foreach (var (name, write) in All)
        {
            yield return new NUnit.Framework.TestCaseData(write).SetArgDisplayNames(name);
        }
    }
}
