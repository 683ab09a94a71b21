// The names under which rules read a profile's typed common attributes.
namespace CustomerCare.Core.Segments;

/// <summary>
/// The attribute names of <see cref="CustomerProfile"/>'s typed properties, as rules and JSON spell them. Every
/// catalogue knows these; custom attributes are declared on the <see cref="SegmentCatalogueBuilder"/>.
/// </summary>
public static class CommonAttributes
{
    /// <summary><see cref="AttributeKind.Date"/>: <see cref="CustomerProfile.BirthDate"/>.</summary>
    public const string BirthDate = "birth_date";

    /// <summary>
    /// <see cref="AttributeKind.Number"/>: the age in whole years as of the classification instant — the stated
    /// <see cref="CustomerProfile.Age"/> when the CRM gives one, else computed from <see cref="CustomerProfile.BirthDate"/>
    /// (a 29 February birthday falls on 1 March in common years).
    /// </summary>
    public const string Age = "age";

    /// <summary><see cref="AttributeKind.Date"/>: <see cref="CustomerProfile.CustomerSince"/>; tenure rules use <see cref="SegmentRule.AtLeastAgo"/> on it.</summary>
    public const string CustomerSince = "customer_since";

    /// <summary><see cref="AttributeKind.Money"/>: <see cref="CustomerProfile.LifetimeSpend"/>.</summary>
    public const string LifetimeSpend = "lifetime_spend";

    /// <summary><see cref="AttributeKind.Money"/>: <see cref="CustomerProfile.AverageOrderValue"/>.</summary>
    public const string AverageOrderValue = "average_order_value";

    /// <summary><see cref="AttributeKind.Text"/>: <see cref="CustomerProfile.PaymentAbility"/> as <c>low</c>, <c>medium</c>, <c>high</c> or <c>very_high</c>.</summary>
    public const string PaymentAbility = "payment_ability";

    /// <summary><see cref="AttributeKind.Number"/>: <see cref="CustomerProfile.PurchaseCount"/>.</summary>
    public const string PurchaseCount = "purchase_count";

    /// <summary><see cref="AttributeKind.Date"/>: <see cref="CustomerProfile.FirstPurchase"/>.</summary>
    public const string FirstPurchase = "first_purchase";

    /// <summary><see cref="AttributeKind.Date"/>: <see cref="CustomerProfile.LastPurchase"/>.</summary>
    public const string LastPurchase = "last_purchase";

    /// <summary><see cref="AttributeKind.Instant"/>: <see cref="CustomerProfile.LastContact"/>.</summary>
    public const string LastContact = "last_contact";

    /// <summary><see cref="AttributeKind.Text"/>: <see cref="CustomerProfile.PreferredChannel"/>.</summary>
    public const string PreferredChannel = "preferred_channel";

    /// <summary><see cref="AttributeKind.Text"/>: <see cref="CustomerProfile.Region"/>.</summary>
    public const string Region = "region";

    /// <summary><see cref="AttributeKind.Text"/>: <see cref="CustomerProfile.Language"/>.</summary>
    public const string Language = "language";

    /// <summary><see cref="AttributeKind.Boolean"/>: <see cref="CustomerProfile.LivesAlone"/>.</summary>
    public const string LivesAlone = "lives_alone";

    /// <summary><see cref="AttributeKind.Boolean"/>: <see cref="CustomerProfile.PrefersConversation"/>.</summary>
    public const string PrefersConversation = "prefers_conversation";

    /// <summary>Gets every common attribute with its kind, in declaration order.</summary>
    public static IReadOnlyList<KeyValuePair<string, AttributeKind>> All { get; } =
    [
        new(BirthDate, AttributeKind.Date),
        new(Age, AttributeKind.Number),
        new(CustomerSince, AttributeKind.Date),
        new(LifetimeSpend, AttributeKind.Money),
        new(AverageOrderValue, AttributeKind.Money),
        new(PaymentAbility, AttributeKind.Text),
        new(PurchaseCount, AttributeKind.Number),
        new(FirstPurchase, AttributeKind.Date),
        new(LastPurchase, AttributeKind.Date),
        new(LastContact, AttributeKind.Instant),
        new(PreferredChannel, AttributeKind.Text),
        new(Region, AttributeKind.Text),
        new(Language, AttributeKind.Text),
        new(LivesAlone, AttributeKind.Boolean),
        new(PrefersConversation, AttributeKind.Boolean),
    ];
}
