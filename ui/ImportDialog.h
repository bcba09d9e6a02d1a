#pragma once

#include "io/ImportOptions.h"
#include "io/ImportSource.h"

#include <QDialog>

#include <array>
#include <functional>
#include <optional>

class ImportOptionsBox;
class ImportPreviewModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

// Asks how to read a file or pasted text before it is imported: encoding, separator, quote character, header row,
// rows to skip and sheet; which source column feeds each Invitedesk field (matched by header names first); and a
// live preview of the first rows exactly as the import will read them. OK stays disabled while no column is mapped
// to the email address or the input cannot be read.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    // source must outlive the dialog; initial gives the text options (the remembered ones) and maybe a sheet;
    // defaultRole is the role rows without one get (for the preview's problem marks).
    ImportDialog(ImportSource &source, const ImportOptions &initial, const QString &defaultRole,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // What the user chose, with the mapping shown (never matched again at import).
    ImportOptions options() const;
    ImportPreviewModel *previewModel() const { return m_model; }
    // The last preview, with how the input was read and the rows mapped.
    const ImportSource::Preview &preview() const { return m_preview; }
    bool isEmailMapped() const;
    QPushButton *okButton() const;
    QComboBox *mappingBox(Invitee::Field field) const { return m_mappingBoxes.at(static_cast<size_t>(field)); }
    // Reads the preview again now instead of after the pause that follows a change.
    void refreshNow();

    // Shows the dialog modally and returns the chosen options, or nullopt when cancelled. When a test has set a
    // handler, it gets the shown dialog instead of the user (and accepts it, e.g. by clicking OK, or not).
    static std::optional<ImportOptions> ask(QWidget *parent, ImportSource &source, const ImportOptions &initial,
                                            const QString &defaultRole);
    using Handler = std::function<void(ImportDialog &dialog)>;
    // Tests: every following ask() goes to handler (an empty one restores the modal dialog).
    static void setHandler(const Handler &handler);

private:
    QLayout *createMappingWidgets();
    void arrangeTabOrder();
    void mappingChanged();
    void fillMappingBoxes();
    void showPreview();

    ImportSource &m_source;
    QString m_defaultRole;
    ImportSource::Preview m_preview;
    QStringList m_header;
    std::optional<ImportOptions::Mapping> m_mapping;
    bool m_filling = false;

    ImportOptionsBox *m_optionsBox = nullptr;
    std::array<QComboBox *, Invitee::FieldCount> m_mappingBoxes{};
    QLabel *m_summary = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warning = nullptr;
    QTableView *m_view = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_timer = nullptr;

    static Handler s_handler;
};
