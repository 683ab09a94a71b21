// Survey scores at memory speed: NPS/CSAT/CES against IndexOf (the memory-bound floor) and a LINQ baseline.
using BenchmarkDotNet.Attributes;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Benchmarks.Kpis;

[MemoryDiagnoser]
public class KpisScoreBenchmarks
{
    private static readonly CesScale Ces7 = new(7, CesDirection.HigherIsEasier);
    private byte[] _nps = [];
    private byte[] _csat = [];

    [Params(1_000_000, 64_000_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _nps = new byte[Count];
        _csat = new byte[Count];
        for (var i = 0; i < Count; i++)
        {
            _nps[i] = (byte)random.Next(0, 11);
            _csat[i] = (byte)random.Next(1, 6);
        }
    }

    // What a straightforward implementation looks like: two LINQ passes.
    [Benchmark(Baseline = true)]
    public double NpsLinq() => 100.0 * (_nps.Count(s => s >= 9) - _nps.Count(s => s <= 6)) / _nps.Length;

    // The memory-bound reference: one read of the same bytes looking for a value that is not there.
    [Benchmark]
    public int IndexOfAbsent() => _nps.AsSpan().IndexOf((byte)0xFF);

    [Benchmark]
    public double NpsCalculate() => Nps.Calculate(_nps).Score;

    [Benchmark]
    public double CsatCalculate() => Csat.Calculate(_csat, CsatScale.FivePoint).TopBoxShare.Value;

    [Benchmark]
    public double CesCalculate() => Ces.Calculate(_csat, Ces7).MeanScore;
}
