// CareDesk: the story of one care desk told with CustomerCare.Core, one chapter per capability.
using CareDesk;
using CustomerCare.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

using var services = new ServiceCollection().AddCustomerCare().BuildServiceProvider();

// The sample pins "now" so that its output is the same on every run; a real host keeps the system clock.
var now = Instant.FromUtc(2026, 11, 23, 8, 30);
Console.WriteLine($"CareDesk — a care desk in Ho Chi Minh City, as of {now} (clock: {services.GetRequiredService<IClock>().GetType().Name})");
Console.WriteLine();

foreach (var chapter in Chapters.All)
{
    Console.WriteLine($"== {chapter.Title} ==");
    chapter.Run(now);
    Console.WriteLine();
}
