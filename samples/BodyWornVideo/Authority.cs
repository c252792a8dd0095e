using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Severnside Constabulary", ReviewEmail = "foi@severnside.example", ReviewAddress = "Information Rights Unit, Severnside Constabulary, PO Box 100, Severnside SV1 1AA")]
