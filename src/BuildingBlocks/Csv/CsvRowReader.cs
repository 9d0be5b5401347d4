using System.Text;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.BuildingBlocks.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time (quoted fields, doubled quotes, line breaks inside quotes), filling its
/// buffer asynchronously, so an upload of any length is read as it arrives in constant memory.
/// <see cref="LineNumber"/> is the line the last record started on.
/// </summary>
public sealed class CsvRowReader(TextReader reader)
{
    private readonly char[] _buffer = new char[32 * 1024];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _nextLine = 1;

    public int LineNumber { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the text.</summary>
    public async ValueTask<bool> TryReadRecordAsync(List<string> fields, CancellationToken cancellationToken = default)
    {
        fields.Clear();
        _field.Clear();
        LineNumber = _nextLine;
        if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var inQuotes = false;
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (inQuotes)
                {
                    throw new CsvFormatException(LineNumber, new UserText("带引号的字段直到文件末尾都没有结束引号", "a quoted field is not closed before the end of the file"));
                }

                fields.Add(_field.ToString());
                return true;
            }

            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    inQuotes = false;
                    afterQuote = true;
                    continue;
                }

                if (c == '\n')
                {
                    _nextLine++;
                }

                _field.Append(c);
                continue;
            }

            if (c == '"' && afterQuote)
            {
                // A doubled quote inside a quoted field is one quote character.
                _field.Append('"');
                inQuotes = true;
                afterQuote = false;
                continue;
            }

            afterQuote = false;
            switch (c)
            {
                case '"' when _field.Length == 0 && !quoted:
                    inQuotes = true;
                    quoted = true;
                    break;
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    _nextLine++;
                    fields.Add(_field.ToString());
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        _position = 0;
        return _length > 0;
    }
}
