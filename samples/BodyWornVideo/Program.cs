using FoiDsl.Hosting;
using FoiDsl.Samples.BodyWornVideo;

// Renders the s12 refusal, with its cost estimate, as Markdown, HTML, plain text and Word (.docx).
//   dotnet run --project samples/BodyWornVideo -- [--out <folder>]
// Exit codes: 0 written, 1 response incomplete, 2 wrong command line, 3 output folder or file cannot be written.
return ResponseHost.Run(args, "BodyWornVideo", FoiDsl.Generated.FoiResponses.All);
