using CsCheck;
using Newtonsoft.Json.Linq;
using PerfEvalDocGen.Diagnostics;

namespace PerfEvalDocGen.Tests.Generated;

/// <summary>
/// Property tests over generated units of every template set. The case count comes from PERFEVAL_GENERATED_CASES
/// (a few hundred by default; tools/fuzz.sh runs thousands); a failure prints the shrunk unit and its seed.
/// </summary>
public class GeneratedUnitTests
{
    private static long Cases => long.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_GENERATED_CASES"), out var n) ? n : 150;

    // A fixed seed in the ordinary run keeps CI repeatable; tools/fuzz.sh runs fresh random seeds (PERFEVAL_GENERATED_SEED=random).
    private static string? Seed => Environment.GetEnvironmentVariable("PERFEVAL_GENERATED_SEED") switch
    {
        null or "" => "0000000000A1",
        "random" => null,
        var seed => seed,
    };

    [Fact]
    public void Every_generated_unit_is_valid_and_its_package_holds_every_property()
    {
        UnitGenerator.Units.Sample(
            unit => PackageCheck.Failures(unit.Set, unit.Data) is { Count: 0 },
            seed: Seed, iter: Cases,
            print: unit => $"{unit.Set}: {string.Join("; ", PackageCheck.Failures(unit.Set, unit.Data))}\n{unit.Data}");
    }

    [Fact]
    public void A_single_mutation_of_a_valid_unit_is_flagged_or_changes_the_document()
    {
        var mutated = Gen.Select(UnitGenerator.Units, Gen.Int[0, int.MaxValue], (unit, at) => (unit.Set, unit.Data, At: at));
        mutated.Sample(
            x => Mutation.Noticed(x.Data, x.At) is null,
            seed: Seed, iter: Math.Max(Cases / 2, 1),
            print: x => $"{x.Set}: {Mutation.Noticed(x.Data, x.At)}\n{x.Data}");
    }
}
