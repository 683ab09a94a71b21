// The sample's EF Core context on SQLite: tickets and their events; the schema comes from the migrations in Data/Migrations/.
using Microsoft.EntityFrameworkCore;

namespace CareDesk.Api.Data;

/// <summary>The CRM's database as far as the sample needs it.</summary>
public sealed class DeskDb(DbContextOptions<DeskDb> options) : DbContext(options)
{
    public DbSet<TicketRow> Tickets => Set<TicketRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TicketRow>(ticket =>
        {
            ticket.ToTable("tickets");
            ticket.Property(t => t.Priority).HasMaxLength(40);
            ticket.Property(t => t.Segment).HasMaxLength(80);
            ticket.Property(t => t.Channel).HasMaxLength(40);
            ticket.Property(t => t.Category).HasMaxLength(200);
            ticket.Property(t => t.Severity).HasMaxLength(20);
            ticket.Property(t => t.Subject).HasMaxLength(200);
            ticket.HasIndex(t => t.OpenedTicks);
            ticket.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventRow>(e =>
        {
            e.ToTable("ticket_events");
            e.Property(x => x.Type).HasMaxLength(40);
            e.Property(x => x.Value).HasMaxLength(200);
            e.HasIndex(x => new { x.TicketId, x.Sequence }).IsUnique();
        });
    }
}
