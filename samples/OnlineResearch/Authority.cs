using FoiDsl;

// The authority whose responses this project holds: every request gets it, and every review
// paragraph says how to ask for a review (FOIA s17(7)(a)).
[assembly: FoiAuthority("Thameside Police", ReviewEmail = "disclosure@thameside.example", ReviewAddress = "Disclosure Unit, Thameside Police, 1 River Street, Thameside TS1 4CC")]
