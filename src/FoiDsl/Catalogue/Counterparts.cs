// Shared with the analyzers: see Exemption.cs.
// Which ground of one regime protects the same interest as a ground of another, so that a citation
// written under the wrong regime can be replaced. FOIA ⇄ FOISA follows the FOISA Part 2 numbering;
// FOIA ⇄ EIR and FOISA ⇄ EIR (Scotland) name the exception usually relied on for the same interest.
// There is none for FOIA s22 (the EIR reg 12(4)(d), unfinished material, is not future publication),
// s21 (information already available is handled under EIR reg 6), or s23.
using System.Collections.Generic;
using System.Linq;

#if FOIDSL_ANALYZERS
namespace FoiDsl.Generators.Catalogue;
#else
namespace FoiDsl;
#endif

/// <summary>The grounds of different regimes that protect the same interest.</summary>
public static class Counterparts
{
    private static readonly (string A, string B)[] Pairs =
    {
        // FOIA ⇄ FOISA
        ("s21", "foisa.s25"), ("s44", "foisa.s26"), ("s22", "foisa.s27.1"), ("s22A", "foisa.s27.2"),
        ("s28", "foisa.s28"), ("s35", "foisa.s29"), ("s36", "foisa.s30"), ("s24", "foisa.s31.1"),
        ("s26", "foisa.s31.4"), ("s27.1", "foisa.s32.1a"), ("s27.2", "foisa.s32.1b"), ("s43.1", "foisa.s33.1a"),
        ("s43.2", "foisa.s33.1b"), ("s29", "foisa.s33.2"), ("s30.1", "foisa.s34"), ("s30.2", "foisa.s34"),
        ("s31", "foisa.s35"), ("s42", "foisa.s36.1"), ("s41", "foisa.s36.2"), ("s32", "foisa.s37"),
        ("s40.1", "foisa.s38.1a"), ("s40.2a", "foisa.s38.1b"), ("s40.2b", "foisa.s38.other"), ("s40.2c", "foisa.s38.other"),
        ("s38", "foisa.s39.1"), ("s39", "foisa.s39.2"), ("s33", "foisa.s40"), ("s37.abs", "foisa.s41"), ("s37.qual", "foisa.s41"),
        ("s12", "foisa.s12"), ("s14.1", "foisa.s14.1"), ("s14.2", "foisa.s14.2"),
        // FOIA ⇄ EIR
        ("s24", "eir.12.5.a"), ("s26", "eir.12.5.a"), ("s27.1", "eir.12.5.a"), ("s38", "eir.12.5.a"),
        ("s31", "eir.12.5.b"), ("s30.1", "eir.12.5.b"), ("s42", "eir.12.5.b"),
        ("s43.2", "eir.12.5.e"), ("s43.1", "eir.12.5.e"), ("s41", "eir.12.5.f"),
        ("s35", "eir.12.4.e"), ("s36", "eir.12.4.e"), ("s12", "eir.12.4.b"), ("s14.1", "eir.12.4.b"), ("s14.2", "eir.12.4.b"),
        ("s40.2a", "eir.13.first"), ("s40.2b", "eir.13.objection"), ("s40.2c", "eir.13.access"),
        // FOISA ⇄ EIR (Scotland)
        ("foisa.s31.1", "eirs.10.5.a"), ("foisa.s31.4", "eirs.10.5.a"), ("foisa.s32.1a", "eirs.10.5.a"), ("foisa.s39.1", "eirs.10.5.a"),
        ("foisa.s35", "eirs.10.5.b"), ("foisa.s34", "eirs.10.5.b"), ("foisa.s36.1", "eirs.10.5.b"),
        ("foisa.s33.1b", "eirs.10.5.e"), ("foisa.s33.1a", "eirs.10.5.e"), ("foisa.s36.2", "eirs.10.5.f"),
        ("foisa.s29", "eirs.10.4.e"), ("foisa.s30", "eirs.10.4.e"), ("foisa.s12", "eirs.10.4.b"), ("foisa.s14.1", "eirs.10.4.b"), ("foisa.s14.2", "eirs.10.4.b"),
        ("foisa.s38.1b", "eirs.11.first"), ("foisa.s38.other", "eirs.11.objection"),
        // EIR ⇄ EIR (Scotland): the same exceptions under other numbers
        ("eir.12.4.a", "eirs.10.4.a"), ("eir.12.4.b", "eirs.10.4.b"), ("eir.12.4.c", "eirs.10.4.c"), ("eir.12.4.d", "eirs.10.4.d"), ("eir.12.4.e", "eirs.10.4.e"),
        ("eir.12.5.a", "eirs.10.5.a"), ("eir.12.5.b", "eirs.10.5.b"), ("eir.12.5.c", "eirs.10.5.c"), ("eir.12.5.d", "eirs.10.5.d"),
        ("eir.12.5.e", "eirs.10.5.e"), ("eir.12.5.f", "eirs.10.5.f"), ("eir.12.5.g", "eirs.10.5.g"),
        ("eir.13.first", "eirs.11.first"), ("eir.13.objection", "eirs.11.objection"), ("eir.13.access", "eirs.11.access"),
    };

    /// <summary>The entry of <paramref name="regime"/> that protects the same interest as <paramref name="entry"/>, or null where there is none.</summary>
    public static Exemption? For(Exemption entry, Regime regime)
    {
        var ids = Pairs.Where(p => p.A == entry.Id).Select(p => p.B)
            .Concat(Pairs.Where(p => p.B == entry.Id).Select(p => p.A));
        return ids.Select(ExemptionCatalogue.FindById).FirstOrDefault(e => e is not null && e.Regime == regime);
    }

    /// <summary>Every pair, for tests and docs: each id names an entry of the catalogues.</summary>
    public static IReadOnlyList<(string A, string B)> All => Pairs;
}
