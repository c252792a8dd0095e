using FoiDsl;

// The authority whose responses this project holds: an English district council, answering under FOIA
// by default. Environmental information is exempt under FOIA s39 and is answered under the EIR instead,
// so the request here marks its river-monitoring questions Regime = Regime.Eir (a mixed request).
[assembly: FoiAuthority("Wendlebury District Council", Address = "Council Offices, Market Place, Wendlebury WB4 7QT", ReviewEmail = "foi@wendlebury.example", Website = "https://www.wendlebury.gov.uk", Layout = DocumentLayout.Letter)]
