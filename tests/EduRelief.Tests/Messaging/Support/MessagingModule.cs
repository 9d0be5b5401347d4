using EduRelief.BuildingBlocks.Messaging;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Tests.Messaging.Support;

/// <summary>
/// A small module of its own (one SQLite file, outbox, inbox, two receivers) wired exactly as the Host wires
/// real modules, so the outbox and inbox are tested on real storage.
/// </summary>
internal sealed class MessagingModule : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "edurelief-messaging", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public MessagingModule()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = _directory })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ReceiverSwitch>();
        services.AddModuleDatabase<MessagingDbContext, MessagingDbContext, MessagingDbContext>(configuration, "Messaging", "messaging");
        services.AddEduReliefMessaging([typeof(MessagingModule).Assembly]);
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<MessagingDbContext>().Database.EnsureCreated();
    }

    public ReceiverSwitch Switch => _services.GetRequiredService<ReceiverSwitch>();

    public OutboxDispatcher<MessagingDbContext> Dispatcher => _services.GetRequiredService<OutboxDispatcher<MessagingDbContext>>();

    public async Task<T> WithDbAsync<T>(Func<MessagingDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MessagingDbContext>());
    }

    public Task<int> ReceiptsAsync(string handler) =>
        WithDbAsync(db => db.Receipts.CountAsync(r => r.Handler == handler));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
