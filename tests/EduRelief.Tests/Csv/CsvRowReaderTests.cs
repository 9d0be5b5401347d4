using EduRelief.BuildingBlocks.Csv;

namespace EduRelief.Tests.Csv;

public sealed class CsvRowReaderTests
{
    [Fact]
    public async Task Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted()
    {
        var rows = await ReadAllAsync("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");

        Assert.Equal(["a", "b"], rows[0].Fields);
        Assert.Equal(["x, y", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["two\nlines", "z"], rows[2].Fields);
        Assert.Equal(["last", "row"], rows[3].Fields);
        Assert.Equal([1, 2, 3, 5], rows.Select(r => r.Line));
    }

    [Fact]
    public async Task Empty_cells_are_kept_in_place()
    {
        var rows = await ReadAllAsync("a,,c,\n");

        Assert.Equal(["a", "", "c", ""], Assert.Single(rows).Fields);
    }

    [Fact]
    public async Task An_unclosed_quote_names_the_line_it_started_on()
    {
        var error = await Assert.ThrowsAsync<CsvFormatException>(() => ReadAllAsync("a,b\n\"open,c\nd,e\n"));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task A_file_longer_than_the_buffer_is_read_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{i},名字{i}\n"));

        var rows = await ReadAllAsync(text);

        Assert.Equal(20_000, rows.Count);
        Assert.Equal(["19999", "名字19999"], rows[^1].Fields);
    }

    private static async Task<List<(int Line, List<string> Fields)>> ReadAllAsync(string text)
    {
        var reader = new CsvRowReader(new StringReader(text));
        var rows = new List<(int, List<string>)>();
        var fields = new List<string>();
        while (await reader.TryReadRecordAsync(fields))
        {
            rows.Add((reader.LineNumber, [.. fields]));
        }

        return rows;
    }
}
