using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Brackenfield District Council", ReviewEmail = "foi@brackenfield.example", Website = "https://www.brackenfield.gov.uk")]
