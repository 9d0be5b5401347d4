using System.Collections.Concurrent;
using System.Text.Json;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Registry.Features.FindStudents;

/// <summary>
/// What was learnt about a student list (one filter, one caller's scope) at one <see cref="Domain.StudentListStamp"/>
/// version: its exact total, and every <see cref="AnchorStep"/>-th list key in list order (the keyset of deep
/// pages). A page of a list already seen at the version the database holds now reuses them instead of counting
/// every matching row and walking the index from the first row to its offset; after any change to students the
/// version differs and the next page learns afresh. So the total stays exact (as exact as a count in the same
/// request would be) while paging through a list, or many people opening the same list, costs one primary-key read
/// and an index seek. One per Host: Hosts sharing a database share the version, not what was learnt.
/// </summary>
internal sealed class StudentTotals : IDisposable
{
    /// <summary>Rows between two anchors: a deep page walks at most this many index entries past its anchor.</summary>
    public const int AnchorStep = 250;

    /// <summary>Distinct lists kept before the table is emptied (each a short key, two numbers and a few anchors).</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, ListFacts> _lists = new(StringComparer.Ordinal);

    /// <summary>One walk of the index for anchors at a time: pages asked together wait for the first, not walk too.</summary>
    private readonly SemaphoreSlim _anchorWalk = new(1, 1);

    /// <summary>
    /// The key of a list: its criteria and the caller's scope. Criteria over the category history are not kept
    /// (the stamp follows students, schools and townships only): null for them.
    /// </summary>
    public static string? KeyOf(StudentCriteria criteria, DataScope scope)
    {
        if (criteria.HardshipActiveDuring is not null || criteria.StatusOn is not null || criteria.ChangedInto is not null || criteria.Except is not null)
        {
            return null;
        }

        var scopeKey = scope.All
            ? "*"
            : string.Join(',', scope.TownshipCodes.Order(StringComparer.Ordinal)) + "|" + string.Join(',', scope.SchoolCodes.Order(StringComparer.Ordinal));
        return JsonSerializer.Serialize(criteria) + "#" + scopeKey;
    }

    /// <summary>What is known of this list at this version (nothing when it was learnt at another).</summary>
    public ListFacts Get(string key, long version) =>
        _lists.TryGetValue(key, out var known) && known.Version == version ? known : new ListFacts(version, null, null);

    /// <summary>
    /// The anchors of this list at this version: known, or read by <paramref name="walk"/> — by one caller at a time,
    /// so a burst of deep pages after a change walks the index once.
    /// </summary>
    public async Task<ListFacts> WithAnchorsAsync(string key, ListFacts facts, Func<Task<List<long>>> walk, CancellationToken cancellationToken)
    {
        if (facts.Anchors is not null)
        {
            return facts;
        }

        await _anchorWalk.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var known = Get(key, facts.Version);
            if (known.Anchors is not null)
            {
                return known;
            }

            facts = facts with { Anchors = await walk().ConfigureAwait(false) };
            Set(key, facts);
            return facts;
        }
        finally
        {
            _anchorWalk.Release();
        }
    }

    public void Dispose() => _anchorWalk.Dispose();

    /// <summary>Facts learnt after reading <see cref="ListFacts.Version"/> (never before: see the handler).</summary>
    public void Set(string key, ListFacts facts)
    {
        if (_lists.Count >= MaxEntries)
        {
            _lists.Clear();
        }

        _lists.AddOrUpdate(key, facts, (_, known) => known.Version > facts.Version ? known : facts);
    }
}

/// <param name="Version">The stamp's version they hold for.</param>
/// <param name="Total">The number of matching students, once counted.</param>
/// <param name="Anchors">The list key at positions 0, <see cref="StudentTotals.AnchorStep"/>, 2×… of the list, once read.</param>
internal sealed record ListFacts(long Version, int? Total, IReadOnlyList<long>? Anchors);
