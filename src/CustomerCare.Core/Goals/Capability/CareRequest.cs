// A customer request as the capability envelope judges it: what kind, through which channel, when, and how much compensation is asked.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// A customer request to judge against a <see cref="CapabilityEnvelope"/>: its kind (a category such as
/// <c>returns/refund</c>), the channel it came through, the instant it was made and the compensation asked for,
/// if any.
/// </summary>
/// <remarks>
/// <c>default(CareRequest)</c> has no kind and is rejected by <see cref="CapabilityEnvelope.Decide(in CareRequest, GoodwillLedger?)"/>
/// with an <see cref="ArgumentException"/>. Immutable and thread-safe.
/// </remarks>
public readonly struct CareRequest : IEquatable<CareRequest>
{
    /// <summary>Creates a request without compensation.</summary>
    /// <param name="kind">The request kind.</param>
    /// <param name="channel">The channel's name, e.g. <c>chat</c>.</param>
    /// <param name="at">When the request was made.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <c>default</c>, or <paramref name="channel"/> is blank.</exception>
    public CareRequest(CategoryPath kind, string channel, Instant at)
        : this(kind, channel, at, default)
    {
    }

    /// <summary>Creates a request that asks for compensation.</summary>
    /// <param name="kind">The request kind.</param>
    /// <param name="channel">The channel's name, e.g. <c>chat</c>.</param>
    /// <param name="at">When the request was made.</param>
    /// <param name="compensation">The compensation or refund asked for: zero or more; <c>default(Money)</c> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <c>default</c>, or <paramref name="channel"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="compensation"/> is negative.</exception>
    public CareRequest(CategoryPath kind, string channel, Instant at, Money compensation)
    {
        CategoryPath.EnsureDefined(kind, nameof(kind));
        if (string.IsNullOrWhiteSpace(channel))
        {
            Preconditions.ThrowArgument(nameof(channel), $"channel must be a channel name such as 'chat'; it was '{channel}'.");
        }

        if (compensation.IsDefined && compensation.Amount < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(compensation), compensation, "must not be negative (ask for zero or more)");
        }

        Kind = kind;
        Channel = channel;
        At = at;
        Compensation = compensation;
    }

    /// <summary>Gets the request kind.</summary>
    public CategoryPath Kind { get; }

    /// <summary>Gets the channel's name.</summary>
    public string Channel { get; }

    /// <summary>Gets when the request was made.</summary>
    public Instant At { get; }

    /// <summary>Gets the compensation asked for; <c>default(Money)</c> when none.</summary>
    public Money Compensation { get; }

    /// <summary>Gets a value indicating whether a compensation above zero is asked for.</summary>
    public bool AsksCompensation => Compensation.IsDefined && Compensation.Amount > 0;

    /// <inheritdoc />
    public bool Equals(CareRequest other) =>
        Kind.Equals(other.Kind) && string.Equals(Channel, other.Channel, StringComparison.OrdinalIgnoreCase) && At == other.At && Compensation.Equals(other.Compensation);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareRequest other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Channel is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(Channel), At, Compensation);

    /// <summary>Returns true when both requests are equal.</summary>
    /// <param name="left">The first request.</param>
    /// <param name="right">The second request.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CareRequest left, CareRequest right) => left.Equals(right);

    /// <summary>Returns true when the requests differ.</summary>
    /// <param name="left">The first request.</param>
    /// <param name="right">The second request.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(CareRequest left, CareRequest right) => !left.Equals(right);

    /// <summary>Formats the request as <c>returns/refund via chat at 2026-11-30T03:00:00Z asking 500,000 VND</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kind} via {Channel} at {At}{(AsksCompensation ? " asking " + Compensation : string.Empty)}");

    internal bool IsDefined => Kind.IsDefined;
}
