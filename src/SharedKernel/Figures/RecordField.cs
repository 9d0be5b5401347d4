namespace EduRelief.SharedKernel.Figures;

/// <summary>A column and how each record fills it: text, a number, a date or yes/no.</summary>
public sealed record RecordField<T>(RecordColumn Column, Func<T, object?> Value)
{
    public RecordField(string key, string label, string labelEn, Func<T, object?> value)
        : this(new RecordColumn(key, label, labelEn), value)
    {
    }
}
