using FoiDsl;

// The authority whose responses this project holds: an English district council, answering under FOIA
// by default. Environmental information is exempt under FOIA s39 and is answered under the EIR instead,
// so the request here marks its river-monitoring questions Regime = Regime.Eir (a mixed request).
[assembly: FoiAuthority("Wendlebury District Council", ReviewEmail = "foi@wendlebury.example", Website = "https://www.wendlebury.gov.uk")]
