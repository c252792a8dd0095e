// Renders the response as Markdown, HTML and plain text:
//   dotnet run --project samples/DroneFlights -- [--out <folder>]
return FoiDsl.Samples.SampleHost.Run(args, FoiDsl.Samples.DroneFlights.DroneFlightsResponse.Write);
