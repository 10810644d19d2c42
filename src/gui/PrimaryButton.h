#pragma once

#include <QPushButton>

// The one prominent action of a page: a full-width button filled with the palette's accent
// (its highlight colour, which high-contrast themes also set), drawn by itself so that it
// looks the same under every style (the Windows and macOS styles ignore a button's palette)
// and costs no style sheet. Keyboard focus, mnemonics, the default-button role and the
// accessible interface are QPushButton's.
class PrimaryButton : public QPushButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrimaryButton)
public:
    explicit PrimaryButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
