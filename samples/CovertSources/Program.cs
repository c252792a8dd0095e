// Renders the response as Markdown, HTML and plain text:
//   dotnet run --project samples/CovertSources -- [--out <folder>]
return FoiDsl.Samples.SampleHost.Run(args, FoiDsl.Samples.CovertSources.CovertSourcesResponse.Write);
