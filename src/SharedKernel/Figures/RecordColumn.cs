namespace EduRelief.SharedKernel.Figures;

/// <summary>One column of a figure's records: its key in JSON and its header in a CSV (Chinese) and in English.</summary>
public sealed record RecordColumn(string Key, string Label, string LabelEn);
