using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Mercia Vale Police", ReviewAddress = "Freedom of Information, Mercia Vale Police, Headquarters, Vale Road, Mercia MV2 3BB")]
