// Renders the response as Markdown, HTML and plain text:
//   dotnet run --project samples/OnlineResearch -- [--out <folder>]
return FoiDsl.Samples.SampleHost.Run(args, FoiDsl.Samples.OnlineResearch.OnlineResearchResponse.Write);
