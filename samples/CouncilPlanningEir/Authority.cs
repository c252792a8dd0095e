using FoiDsl;

// The authority whose responses this project holds. Its requests are answered under FOIA unless a
// request names another regime: the planning request here is environmental information (EIR reg 2(1)(c),
// measures affecting land and the landscape), so it says Regime = Regime.Eir, and the response is a
// refusal notice under EIR reg 14 with the reconsideration right of reg 11 and the ICO under reg 18.
[assembly: FoiAuthority("Harrowfield Borough Council", Address = "Civic Centre, Station Road, Harrowfield HF1 2AB", ReviewEmail = "information.requests@harrowfield.example", Website = "https://www.harrowfield.gov.uk", Layout = DocumentLayout.Letter)]
