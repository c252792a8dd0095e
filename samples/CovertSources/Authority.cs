using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Wessex Constabulary", ReviewEmail = "information.rights@wessex.example")]
