// Builds an RfmSegmentMap: boxes in priority order and a catch-all, checked together when built.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Rfm;

/// <summary>Builds an <see cref="RfmSegmentMap"/>. Not thread-safe; <see cref="Build"/> may be called once.</summary>
[MutableByDesign("A builder collects boxes before Build validates them into an immutable map.")]
public sealed class RfmSegmentMapBuilder
{
    private readonly List<RfmBox> _boxes = [];
    private string? _catchAll;
    private bool _built;

    /// <summary>Creates a builder for scores from 1 to <paramref name="bins"/>.</summary>
    /// <param name="bins">The number of bins, 2 to 20 (5 by default).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bins"/> is outside 2..20.</exception>
    public RfmSegmentMapBuilder(int bins = 5)
    {
        if (bins is < 2 or > 20)
        {
            Preconditions.ThrowOutOfRange(nameof(bins), bins, "must be from 2 to 20");
        }

        Bins = bins;
    }

    /// <summary>Gets the number of bins.</summary>
    public int Bins { get; }

    /// <summary>Adds a box after the ones already added (lower priority).</summary>
    /// <param name="box">The box.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="box"/> is null.</exception>
    public RfmSegmentMapBuilder Add(RfmBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        _boxes.Add(box);
        return this;
    }

    /// <summary>Sets the name of the segment for scores in no box (required).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RfmSegmentMapBuilder WithCatchAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _catchAll = name;
        return this;
    }

    /// <summary>
    /// Validates and builds the map. Problems, all reported together: a missing catch-all, an empty or duplicate
    /// name (ignoring case), a range outside 1..bins or with its minimum above its maximum, and a box that can never
    /// win because earlier boxes hold every one of its scores.
    /// </summary>
    /// <returns>The map.</returns>
    /// <exception cref="SegmentDefinitionException">The definition has problems.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public RfmSegmentMap Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("Build() was already called on this RfmSegmentMapBuilder; create a new builder for another map.");
        }

        _built = true;
        var problems = new List<SegmentProblem>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(_catchAll))
        {
            problems.Add(new("catch_all", "a catch-all segment is required; call WithCatchAll(\"Others\")."));
        }
        else
        {
            names.Add(_catchAll);
        }

        var n = Bins;
        var cells = new int[n * n * n];
        Array.Fill(cells, _boxes.Count);
        for (var b = 0; b < _boxes.Count; b++)
        {
            var box = _boxes[b];
            var path = string.Create(CultureInfo.InvariantCulture, $"boxes[{b}] '{box.Name}'");
            var valid = CheckName(box.Name, names, path, problems)
                & CheckRange("recency", box.RecencyMin, box.RecencyMax, path, problems)
                & CheckRange("frequency", box.FrequencyMin, box.FrequencyMax, path, problems)
                & CheckRange("monetary", box.MonetaryMin, box.MonetaryMax, path, problems);
            if (!valid)
            {
                continue;
            }

            var wins = 0;
            for (var r = box.RecencyMin; r <= box.RecencyMax; r++)
            {
                for (var f = box.FrequencyMin; f <= box.FrequencyMax; f++)
                {
                    for (var m = box.MonetaryMin; m <= box.MonetaryMax; m++)
                    {
                        var cell = ((((r - 1) * n) + f - 1) * n) + m - 1;
                        if (cells[cell] == _boxes.Count)
                        {
                            cells[cell] = b;
                            wins++;
                        }
                    }
                }
            }

            if (wins == 0)
            {
                problems.Add(new(path, "the box can never win: earlier boxes hold every one of its scores; narrow it, move it up or remove it."));
            }
        }

        if (problems.Count > 0)
        {
            throw new SegmentDefinitionException(problems);
        }

        return new RfmSegmentMap(n, [.. _boxes], _catchAll!, cells);
    }

    private static bool CheckName(string? name, HashSet<string> names, string path, List<SegmentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new(path, "the box needs a name."));
            return false;
        }

        if (!names.Add(name))
        {
            problems.Add(new(path, $"the name '{name}' is used twice (names compare ignoring case)."));
            return false;
        }

        return true;
    }

    private bool CheckRange(string score, int min, int max, string path, List<SegmentProblem> problems)
    {
        if (min < 1 || max > Bins || min > max)
        {
            problems.Add(new(path, $"the {score} range {min}–{max} must lie within 1–{Bins} with its minimum at most its maximum."));
            return false;
        }

        return true;
    }
}
