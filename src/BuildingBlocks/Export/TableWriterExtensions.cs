using EduRelief.SharedKernel.Paging;

namespace EduRelief.BuildingBlocks.Export;

public static class TableWriterExtensions
{
    /// <summary>A list already in hand (a coverage's unpaid students, the users): its header and every row.</summary>
    public static async Task WriteAllAsync<T>(this ITableWriter writer, IReadOnlyList<string> headers, IEnumerable<T> items, Func<T, ExportCell[]> row, CancellationToken cancellationToken)
    {
        await writer.WriteHeaderAsync(headers, cancellationToken);
        foreach (var item in items)
        {
            await writer.WriteRowAsync(row(item), cancellationToken);
        }
    }

    /// <summary>A long list streamed from one query, row by row in constant memory; answers how many rows were written.</summary>
    public static async Task<long> WriteStreamAsync<T>(this ITableWriter writer, IReadOnlyList<string> headers, IAsyncEnumerable<T> items, Func<T, ExportCell[]> row, CancellationToken cancellationToken)
    {
        await writer.WriteHeaderAsync(headers, cancellationToken);
        var rows = 0L;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            await writer.WriteRowAsync(row(item), cancellationToken);
            rows++;
        }

        return rows;
    }

    /// <summary>
    /// A short list read through its own paged query, a page of <see cref="PageRequest.MaxPageSize"/> at a time (for
    /// lists of hundreds, such as batches and outreach activities; long lists stream one query instead).
    /// </summary>
    public static async Task WritePagesAsync<T>(this ITableWriter writer, IReadOnlyList<string> headers, Func<int, int, Task<PagedResult<T>>> readPage, Func<T, ExportCell[]> row, CancellationToken cancellationToken)
    {
        await writer.WriteHeaderAsync(headers, cancellationToken);
        for (var page = 1; ; page++)
        {
            var items = await readPage(page, PageRequest.MaxPageSize);
            foreach (var item in items.Items)
            {
                await writer.WriteRowAsync(row(item), cancellationToken);
            }

            if (page * PageRequest.MaxPageSize >= items.Total)
            {
                return;
            }
        }
    }
}
