using EduRelief.BuildingBlocks.Inbox;
using EduRelief.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Persistence;

public static class OutboxModel
{
    /// <summary>
    /// How every module database stores money and moments, on either engine: money as whole fen (an integer column
    /// every engine sums exactly), moments in UTC.
    /// </summary>
    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HaveConversion<YuanToFenConverter>();
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcMomentConverter>();
    }

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
