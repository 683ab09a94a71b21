// Benchmarks of the checked int survey overloads, the nine-type percentiles and intervals at uncached confidence levels.
using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Kpis;
using CustomerCare.Core.Kpis.Percentiles;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Benchmarks.Kpis;

/// <summary>The int survey path (checked, scalar) next to the byte kernel, a Hyndman–Fan type, and a Wilson interval at 99.9 %.</summary>
[MemoryDiagnoser]
public class KpisInputBenchmarks
{
    private const int Batch = 1000;
    private readonly byte[] _bytes = new byte[Batch];
    private readonly int[] _ints = new int[Batch];
    private readonly double[] _seconds = new double[Batch];
    private readonly double[] _scratch = new double[Batch];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (var i = 0; i < Batch; i++)
        {
            _ints[i] = random.Next(0, 11);
            _bytes[i] = (byte)_ints[i];
            _seconds[i] = Math.Exp((random.NextDouble() * 19) - 6.9);
        }
    }

    [Benchmark(Baseline = true)]
    public double NpsCalculateBytes() => Nps.Calculate(_bytes).Score;

    [Benchmark]
    public double NpsCalculateInts() => Nps.Calculate(_ints).Score;

    [Benchmark]
    public double ExactPercentileHyndmanFan8() => ExactPercentiles.Calculate(_seconds, 0.9, PercentileMethod.HyndmanFan8, _scratch);

    [Benchmark]
    public double WilsonInterval999() => new KpiRatio(873, 1000).WilsonInterval(0.999).Lower;

    [Benchmark]
    public string NpsToString() => new NpsResult(17, 7, 6).ToString(CultureInfo.InvariantCulture);
}
