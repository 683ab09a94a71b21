// Runs FsCheck 3 properties inside xunit facts (FsCheck.Xunit is not on the mirror), with a replayable seed.
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>
/// The one way tests run properties. A failure prints FsCheck's replay pair "(seed,gamma)"; set
/// <c>CUSTOMERCARE_FSCHECK_REPLAY=seed,gamma</c> to run exactly that case again. On CI (<c>CI=true</c>) the seed is
/// fixed so that a red build is reproducible and never flaky; locally every run explores new cases.
/// <c>CUSTOMERCARE_FSCHECK_MAXTEST</c> overrides the number of cases for a long soak.
/// </summary>
public static class PropertyTest
{
    /// <summary>The environment variable that replays a failing run: <c>seed,gamma</c> as FsCheck printed them.</summary>
    public const string ReplayVariable = "CUSTOMERCARE_FSCHECK_REPLAY";

    /// <summary>The environment variable that overrides the number of cases of every property.</summary>
    public const string MaxTestVariable = "CUSTOMERCARE_FSCHECK_MAXTEST";

    private const ulong CiSeed = 20261122UL;

    /// <summary>Builds the configuration: throw on failure, <paramref name="maxTest"/> cases, the replay seed if any.</summary>
    public static Config Config(int maxTest = 200)
    {
        var config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(ReadInt(MaxTestVariable) ?? maxTest);
        var replay = ReadReplay();
        return replay is null ? config : config.WithReplay(FSharpOption<Replay>.Some(replay));
    }

    /// <summary>Checks that <paramref name="property"/> holds for values drawn from <paramref name="arbitrary"/>.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest = 200) =>
        Check.One(Config(maxTest), Prop.ForAll(arbitrary, property));

    /// <summary>Checks that <paramref name="assertion"/> does not throw for values drawn from <paramref name="arbitrary"/>.</summary>
    public static void ForAll<T>(Arbitrary<T> arbitrary, Action<T> assertion, int maxTest = 200) =>
        Check.One(Config(maxTest), Prop.ForAll(arbitrary, assertion));

    /// <summary>Checks that <paramref name="property"/> holds for values drawn from <paramref name="generator"/>.</summary>
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property, int maxTest = 200) =>
        ForAll(generator.ToArbitrary(), property, maxTest);

    /// <summary>Checks that <paramref name="assertion"/> does not throw for values drawn from <paramref name="generator"/>.</summary>
    public static void ForAll<T>(Gen<T> generator, Action<T> assertion, int maxTest = 200) =>
        ForAll(generator.ToArbitrary(), assertion, maxTest);

    private static Replay? ReadReplay()
    {
        var text = Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var parts = text.Trim().Trim('(', ')').Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !ulong.TryParse(parts[0], out var seed) || !ulong.TryParse(parts[1], out var gamma))
            {
                throw new InvalidOperationException($"{ReplayVariable} must be 'seed,gamma' as FsCheck printed it; it was '{text}'.");
            }

            return new Replay(new Rnd(seed, gamma), FSharpOption<int>.None);
        }

        return Environment.GetEnvironmentVariable("CI") == "true"
            ? new Replay(new Rnd(CiSeed), FSharpOption<int>.None)
            : null;
    }

    private static int? ReadInt(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : null;
}
