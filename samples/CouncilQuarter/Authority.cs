using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Oakhurst Borough Council", ReviewEmail = "foi@oakhurst.example", ReviewAddress = "Information Governance, Oakhurst Borough Council, Town Hall, Oakhurst OK1 1AA")]
