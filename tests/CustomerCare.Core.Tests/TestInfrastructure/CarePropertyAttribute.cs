// The one way tests declare FsCheck properties: FsCheck.Xunit's [Property] with the suite's seed and case-count policy.
using FsCheck.Xunit;

namespace CustomerCare.Core.Tests.TestInfrastructure;

/// <summary>
/// FsCheck.Xunit's <see cref="PropertyAttribute"/> with the suite's policy, so a red CI run is reproducible and
/// a mutation run can be cheap:
/// <list type="bullet">
/// <item>On CI (<c>CI=true</c>) every property starts from the fixed seed <see cref="CiReplay"/>; locally every run
/// explores new cases.</item>
/// <item>A failure prints FsCheck's replay pair <c>(seed,gamma)</c>. Put it in <c>Replay = "seed,gamma"</c> on the
/// attribute, or set <c>CUSTOMERCARE_FSCHECK_REPLAY=seed,gamma</c> for the whole run, to run exactly that case again.</item>
/// <item><c>CUSTOMERCARE_FSCHECK_MAXTEST=n</c> caps the number of cases of every property (a mutation-testing
/// profile uses a small n; a soak run a large one). A test that loops over its own random cases (a seeded fuzz test)
/// sizes its loop with <see cref="Cases"/>, so the cap reaches it too.</item>
/// </list>
/// The number of cases of one property is the constructor's argument (100 by default); do not set
/// <c>MaxTest</c> directly, or the environment's cap is lost.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CarePropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that replays a failing run: <c>seed,gamma</c> as FsCheck printed them.</summary>
    public const string ReplayVariable = "CUSTOMERCARE_FSCHECK_REPLAY";

    /// <summary>The environment variable that caps the number of cases of every property.</summary>
    public const string MaxTestVariable = "CUSTOMERCARE_FSCHECK_MAXTEST";

    /// <summary>The replay pair every property starts from on CI.</summary>
    public const string CiReplay = "20261122,20261123";

    /// <summary>Declares a property checked on <paramref name="maxTest"/> generated cases (or the environment's cap).</summary>
    public CarePropertyAttribute(int maxTest = 100)
    {
        MaxTest = ReadInt(MaxTestVariable) is { } cap ? Math.Min(cap, maxTest) : maxTest;
        var replay = Environment.GetEnvironmentVariable(ReplayVariable);
        if (!string.IsNullOrWhiteSpace(replay))
        {
            Replay = replay.Trim();
        }
        else if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Replay = CiReplay;
        }
    }

    /// <summary>
    /// The number of cases a hand-written random loop runs: <paramref name="cases"/>, scaled down in proportion when
    /// the environment caps properties below their default 100 cases (a cap of 10 runs a tenth), never below 1 nor
    /// above <paramref name="cases"/>.
    /// </summary>
    /// <param name="cases">The loop's full number of cases.</param>
    /// <returns>The number of cases to run.</returns>
    public static int Cases(int cases) =>
        ReadInt(MaxTestVariable) is { } cap ? (int)Math.Clamp((long)cases * cap / 100, 1, cases) : cases;

    private static int? ReadInt(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value > 0 ? value : null;
}
