// What a CRM knows about one customer: typed common attributes plus open custom ones.
using System.Collections.Frozen;
using System.Text;
using CustomerCare.Core.Segments.Rfm;
using NodaTime;

namespace CustomerCare.Core.Segments;

/// <summary>
/// A customer's profile as segment rules read it: typed common attributes (each optional; <see langword="null"/>
/// means the CRM does not know it) and custom attributes by name. Create it with an object initializer; a
/// <see cref="SegmentCatalogue"/> compiles it once into a <see cref="CompiledProfile"/> that can be classified many
/// times without allocating.
/// </summary>
/// <remarks>Immutable once initialised: <see cref="Custom"/> is copied on initialisation. Thread-safe.</remarks>
public sealed class CustomerProfile
{
    private readonly FrozenDictionary<string, AttributeValue> _custom = FrozenDictionary<string, AttributeValue>.Empty;

    /// <summary>Gets the customer's identifier in the CRM (free text; only reported, never matched).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the birth date.</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>Gets the age in whole years as the CRM states it, used when <see cref="BirthDate"/> is not known.</summary>
    public int? Age { get; init; }

    /// <summary>Gets the date the customer relationship began (tenure is measured from it).</summary>
    public LocalDate? CustomerSince { get; init; }

    /// <summary>Gets the lifetime spend.</summary>
    public Money? LifetimeSpend { get; init; }

    /// <summary>Gets the average order value.</summary>
    public Money? AverageOrderValue { get; init; }

    /// <summary>Gets the payment-ability band.</summary>
    public PaymentAbility? PaymentAbility { get; init; }

    /// <summary>Gets the number of purchases.</summary>
    public int? PurchaseCount { get; init; }

    /// <summary>Gets the date of the first purchase.</summary>
    public LocalDate? FirstPurchase { get; init; }

    /// <summary>Gets the date of the last purchase.</summary>
    public LocalDate? LastPurchase { get; init; }

    /// <summary>Gets when the customer was last in contact with the desk.</summary>
    public Instant? LastContact { get; init; }

    /// <summary>Gets the preferred contact channel (e.g. <c>phone</c>).</summary>
    public string? PreferredChannel { get; init; }

    /// <summary>Gets the region.</summary>
    public string? Region { get; init; }

    /// <summary>Gets the preferred language (e.g. <c>vi</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Gets whether the customer lives alone.</summary>
    public bool? LivesAlone { get; init; }

    /// <summary>Gets whether the customer prefers a conversation to a quick transaction.</summary>
    public bool? PrefersConversation { get; init; }

    /// <summary>Gets the customer's RFM scores, read by <see cref="SegmentRule.InRfmSegment"/> rules.</summary>
    public RfmScore? Rfm { get; init; }

    /// <summary>Gets the custom attributes by name (names compare ordinally ignoring case).</summary>
    /// <exception cref="ArgumentNullException">Initialised with null.</exception>
    /// <exception cref="ArgumentException">A value is <c>default(AttributeValue)</c>.</exception>
    public IReadOnlyDictionary<string, AttributeValue> Custom
    {
        get => _custom;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            foreach (var (name, attribute) in value)
            {
                if (!attribute.IsDefined)
                {
                    Internal.Preconditions.ThrowArgument(nameof(Custom), $"Custom['{name}'] is default(AttributeValue); create it with AttributeValue.Text, Number, ….");
                }
            }

            _custom = value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Returns a short description, e.g. <c>customer c-17 (5 attributes)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var count = (BirthDate.HasValue ? 1 : 0) + (Age.HasValue ? 1 : 0) + (CustomerSince.HasValue ? 1 : 0) + (LifetimeSpend.HasValue ? 1 : 0)
            + (AverageOrderValue.HasValue ? 1 : 0) + (PaymentAbility.HasValue ? 1 : 0) + (PurchaseCount.HasValue ? 1 : 0) + (FirstPurchase.HasValue ? 1 : 0)
            + (LastPurchase.HasValue ? 1 : 0) + (LastContact.HasValue ? 1 : 0) + (PreferredChannel is null ? 0 : 1) + (Region is null ? 0 : 1)
            + (Language is null ? 0 : 1) + (LivesAlone.HasValue ? 1 : 0) + (PrefersConversation.HasValue ? 1 : 0) + (Rfm.HasValue ? 1 : 0) + _custom.Count;
        return new StringBuilder("customer ").Append(Id ?? "(no id)").Append(" (").Append(count).Append(count == 1 ? " attribute)" : " attributes)").ToString();
    }

    /// <summary>Gets a common or custom attribute by name.</summary>
    internal bool TryGet(string name, out AttributeValue value)
    {
        value = name switch
        {
            CommonAttributes.BirthDate => BirthDate is { } d ? AttributeValue.Date(d) : default,
            CommonAttributes.Age => Age is { } a ? AttributeValue.Number(a) : default,
            CommonAttributes.CustomerSince => CustomerSince is { } d ? AttributeValue.Date(d) : default,
            CommonAttributes.LifetimeSpend => LifetimeSpend is { } m ? AttributeValue.Money(m) : default,
            CommonAttributes.AverageOrderValue => AverageOrderValue is { } m ? AttributeValue.Money(m) : default,
            CommonAttributes.PaymentAbility => PaymentAbility is { } p ? AttributeValue.Text(PaymentAbilityName(p)) : default,
            CommonAttributes.PurchaseCount => PurchaseCount is { } c ? AttributeValue.Number(c) : default,
            CommonAttributes.FirstPurchase => FirstPurchase is { } d ? AttributeValue.Date(d) : default,
            CommonAttributes.LastPurchase => LastPurchase is { } d ? AttributeValue.Date(d) : default,
            CommonAttributes.LastContact => LastContact is { } i ? AttributeValue.Instant(i) : default,
            CommonAttributes.PreferredChannel => PreferredChannel is { } s ? AttributeValue.Text(s) : default,
            CommonAttributes.Region => Region is { } s ? AttributeValue.Text(s) : default,
            CommonAttributes.Language => Language is { } s ? AttributeValue.Text(s) : default,
            CommonAttributes.LivesAlone => LivesAlone is { } b ? AttributeValue.Boolean(b) : default,
            CommonAttributes.PrefersConversation => PrefersConversation is { } b ? AttributeValue.Boolean(b) : default,
            _ => _custom.TryGetValue(name, out var custom) ? custom : default,
        };
        return value.IsDefined;
    }

    /// <summary>The rule spelling of a payment-ability band.</summary>
    internal static string PaymentAbilityName(PaymentAbility ability) => ability switch
    {
        Segments.PaymentAbility.Low => "low",
        Segments.PaymentAbility.Medium => "medium",
        Segments.PaymentAbility.High => "high",
        _ => "very_high",
    };
}
