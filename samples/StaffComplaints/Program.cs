// Renders the response as Markdown, HTML and plain text:
//   dotnet run --project samples/StaffComplaints -- [--out <folder>]
return FoiDsl.Samples.SampleHost.Run(args, FoiDsl.Samples.StaffComplaints.StaffComplaintsResponse.Write);
