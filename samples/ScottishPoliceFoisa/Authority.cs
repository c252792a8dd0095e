using FoiDsl;

// The authority whose responses this project holds: a Scottish public authority, so its requests are
// answered under the Freedom of Information (Scotland) Act 2002 (FOISA) by default. The clock counts
// Scotland's bank holidays only (s73), the refusal notice is given under s16, and the requester may
// require a review (s20) and then apply to the Scottish Information Commissioner (s47).
// Strathmore Police is fictional: Scotland's real force is the Police Service of Scotland.
[assembly: FoiAuthority("Strathmore Police", ReviewEmail = "foi@strathmore-police.example", ReviewAddress = "Information Management, Strathmore Police, 40 Tay Street, Perth PH1 5XX", Website = "https://www.strathmore-police.example", Regime = Regime.Foisa)]
