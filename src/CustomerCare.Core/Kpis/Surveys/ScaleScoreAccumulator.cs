// The one accumulator core of CSAT and CES: a scale and its counts, added answer by answer or span by span, merged exactly.
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.Surveys;

/// <summary>
/// A scale and the <see cref="ScaleScoreCounts"/> of the answers added on it. <see cref="CsatAccumulator"/> and
/// <see cref="CesAccumulator"/> wrap it and add only their names. A <c>default</c> core has no scale: every member
/// that needs the scale throws <see cref="InvalidOperationException"/>, and a default passed to
/// <see cref="Merge(in ScaleScoreAccumulator{TScale}, string)"/> throws <see cref="ArgumentException"/>.
/// </summary>
[MutableByDesign("The in-place core of the CSAT and CES struct accumulators.")]
internal struct ScaleScoreAccumulator<TScale>
    where TScale : struct, IBandedScale, IEquatable<TScale>
{
    private readonly TScale _scale;
    private ScaleScoreCounts _counts;

    public ScaleScoreAccumulator(TScale scale) => _scale = scale;

    public readonly long Count => _counts.Count;

    public readonly TScale Scale => _scale;

    public readonly ScaleScoreCounts Counts => _counts;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte answer, string owner)
    {
        RequireScale(owner);
        var bands = _scale.Bands;
        if (answer < bands.Min || answer > bands.Max)
        {
            Preconditions.ThrowOutOfRange(nameof(answer), answer, $"must be a whole answer from {bands.Min} to {bands.Max}");
        }

        _counts = new(_counts.Count + 1, _counts.InBand + (_scale.InBand(answer) ? 1 : 0), _counts.Sum + answer);
    }

    public void Add(int answer, string owner)
    {
        RequireScale(owner);
        var bands = _scale.Bands;
        if (answer < bands.Min || answer > bands.Max)
        {
            Preconditions.ThrowOutOfRange(nameof(answer), answer, $"must be a whole answer from {bands.Min} to {bands.Max}");
        }

        Add((byte)answer, owner);
    }

    public void Add(ReadOnlySpan<int> answers, string owner)
    {
        RequireScale(owner);
        _counts = _counts.Plus(ScaleScoreCounts.Tally(answers, _scale, nameof(answers)));
    }

    public void Add(ReadOnlySpan<byte> answers, string owner)
    {
        RequireScale(owner);
        _counts = _counts.Plus(ScaleScoreCounts.Tally(answers, _scale, nameof(answers)));
    }

    public void Merge(in ScaleScoreAccumulator<TScale> other, string owner)
    {
        RequireScale(owner);
        if (other._scale.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(other), $"other is default({owner}) and has no scale; create it with new {owner}(scale).");
        }

        if (!other._scale.Equals(_scale))
        {
            Preconditions.ThrowArgument(nameof(other), $"other uses the scale {other._scale}, but this accumulator uses {_scale}; only answers on the same scale can be merged.");
        }

        _counts = _counts.Plus(other._counts);
    }

    public readonly void RequireScale(string owner)
    {
        if (_scale.IsDefault)
        {
            Preconditions.ThrowInvalidOperation($"This {owner} is default and has no scale; create it with new {owner}(scale).");
        }
    }
}
