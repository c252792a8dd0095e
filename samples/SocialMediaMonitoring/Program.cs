using FoiDsl.Hosting;
using FoiDsl.Samples.SocialMediaMonitoring;

// Renders the response to FOI 0412/23 as Markdown, HTML, plain text and Word (.docx).
//   dotnet run --project samples/SocialMediaMonitoring -- [--out <folder>]
// Exit codes: 0 written, 1 response incomplete, 2 wrong command line, 3 output folder or file cannot be written.
return ResponseHost.Run(args, "SocialMediaMonitoring", FoiDsl.Generated.FoiResponses.All);
