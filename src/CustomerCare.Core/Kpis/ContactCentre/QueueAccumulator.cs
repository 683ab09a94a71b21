// A running queue tally under fixed thresholds; merging intervals weights them by volume by construction.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Kpis.ContactCentre;

/// <summary>
/// Accumulates queued contacts under one <see cref="QueueThresholds"/>; merging (for example the 15-minute intervals
/// of a day) is exact and equals <see cref="QueueMetrics.Calculate(ReadOnlySpan{QueuedContact}, QueueThresholds)"/> on the
/// concatenated contacts. Create with <see cref="QueueAccumulator(QueueThresholds)"/>. <c>default</c> has no
/// thresholds and is not a valid accumulator: every member throws <see cref="InvalidOperationException"/>, and passing
/// it to <see cref="Merge(in QueueAccumulator)"/> throws <see cref="ArgumentException"/>. A mutable struct: not thread-safe; give each thread its own and merge.
/// </summary>
[MutableByDesign("A struct accumulator updated in place on hot paths; each thread keeps its own and merges.")]
public struct QueueAccumulator
{
    private readonly QueueThresholds _thresholds;
    private long _answered;
    private long _answeredWithin;
    private long _abandoned;
    private long _abandonedWithin;
    private long _shortAbandons;
    private Int128 _answerWait;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="thresholds">The answer target and short-abandon limit.</param>
    /// <exception cref="ArgumentException"><paramref name="thresholds"/> is <c>default</c>.</exception>
    public QueueAccumulator(QueueThresholds thresholds)
    {
        if (thresholds.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(thresholds), "thresholds is default(QueueThresholds); create it with new QueueThresholds(answerTarget, shortAbandon).");
        }

        _thresholds = thresholds;
    }

    /// <summary>Gets the result so far.</summary>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public readonly QueueResult Result
    {
        get
        {
            RequireThresholds();
            return new(_thresholds, _answered, _answeredWithin, _abandoned, _abandonedWithin, _shortAbandons, _answerWait);
        }
    }

    /// <summary>Adds one contact.</summary>
    /// <param name="contact">The contact.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contact"/> is <c>default</c> (no outcome).</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public void Add(QueuedContact contact)
    {
        RequireThresholds();
        if (contact.Outcome == 0)
        {
            Preconditions.ThrowOutOfRange(nameof(contact), contact, "must have an outcome (default(QueuedContact) is not a contact)");
        }

        AddUnchecked(contact);
    }

    /// <summary>Adds every contact of <paramref name="contacts"/>; nothing is added when one is invalid.</summary>
    /// <param name="contacts">The contacts.</param>
    /// <exception cref="ArgumentOutOfRangeException">An element is <c>default</c>; the message names its index.</exception>
    /// <exception cref="InvalidOperationException">The accumulator is <c>default</c>.</exception>
    public void Add(ReadOnlySpan<QueuedContact> contacts)
    {
        RequireThresholds();
        for (var i = 0; i < contacts.Length; i++)
        {
            if (contacts[i].Outcome == 0)
            {
                Preconditions.ThrowAt(nameof(contacts), i, contacts[i], "must have an outcome (default(QueuedContact) is not a contact)");
            }
        }

        foreach (var contact in contacts)
        {
            AddUnchecked(contact);
        }
    }

    /// <summary>Adds the counts of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">An accumulator with the same thresholds.</param>
    /// <exception cref="ArgumentException"><paramref name="other"/> is <c>default</c> or uses different thresholds.</exception>
    /// <exception cref="InvalidOperationException">This accumulator is <c>default</c>.</exception>
    /// <exception cref="OverflowException">The merged counts would exceed <see cref="long.MaxValue"/> contacts; nothing is merged.</exception>
    public void Merge(in QueueAccumulator other)
    {
        RequireThresholds();
        if (other._thresholds.IsDefault)
        {
            Preconditions.ThrowArgument(nameof(other), "other is default(QueueAccumulator) and has no thresholds; create it with new QueueAccumulator(thresholds).");
        }

        if (other._thresholds != _thresholds)
        {
            Preconditions.ThrowArgument(nameof(other), $"other uses {other._thresholds}, but this accumulator uses {_thresholds}; only contacts classified with the same thresholds can be merged.");
        }

        _ = checked(_answered + other._answered + _abandoned + other._abandoned);
        _answered += other._answered;
        _answeredWithin += other._answeredWithin;
        _abandoned += other._abandoned;
        _abandonedWithin += other._abandonedWithin;
        _shortAbandons += other._shortAbandons;
        _answerWait += other._answerWait;
    }

    private void AddUnchecked(QueuedContact contact)
    {
        var within = contact.Wait <= _thresholds.AnswerTarget ? 1 : 0;
        if (contact.Outcome == CallOutcome.Answered)
        {
            _answered++;
            _answeredWithin += within;
            _answerWait += DurationMath.Nanoseconds(contact.Wait);
        }
        else
        {
            _abandoned++;
            _abandonedWithin += within;
            _shortAbandons += contact.Wait < _thresholds.ShortAbandon ? 1 : 0;
        }
    }

    private readonly void RequireThresholds()
    {
        if (_thresholds.IsDefault)
        {
            Preconditions.ThrowInvalidOperation("This QueueAccumulator is default and has no thresholds; create it with new QueueAccumulator(thresholds).");
        }
    }
}
