using FoiDsl.Hosting;

// Renders the response as Markdown, HTML, plain text and Word (.docx).
//   dotnet run --project samples/StaffComplaints -- [--out <folder>]
// Exit codes: 0 written, 1 response incomplete, 2 wrong command line, 3 output folder or file cannot be written.
return ResponseHost.Run(args, "StaffComplaints", FoiDsl.Generated.FoiResponses.All);
