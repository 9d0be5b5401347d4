using EduRelief.BuildingBlocks.Inbox;
using EduRelief.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Persistence;

public static class OutboxModel
{
    /// <summary>The outbox and inbox tables every module database has.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("OutboxMessages");
            outbox.HasKey(m => m.Id);
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => m.ProcessedAt);
            outbox.Property(m => m.Type).HasMaxLength(500);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("InboxMessages");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(500);
        });
    }
}
