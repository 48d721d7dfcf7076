// The application icon: embedded in the program (16-256 px), and set on every window by the same
// call main() makes.
#include "gui/app_icon.h"

#include <QApplication>
#include <QImage>
#include <QWidget>
#include <QtTest>

using namespace socketlab::gui;

class TstAppIcon : public QObject {
    Q_OBJECT

private slots:
    void embeddedIconHasEverySize()
    {
        const QIcon icon = embeddedApplicationIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : kEmbeddedIconSizes)
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }

    void windowsShowTheIcon()
    {
        installApplicationIcon();
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 256}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size));
            QCOMPARE(pixmap.size(), QSize(size, size));
            // Drawn, not blank: the corner is transparent, the centre is the icon's opaque blue.
            const QImage image = pixmap.toImage();
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(image.pixel(size / 2, size / 4)), 255);
        }
        // A window without an icon of its own shows the application's.
        QWidget window;
        QVERIFY(!window.windowIcon().isNull());
        QCOMPARE(window.windowIcon().pixmap(QSize(16, 16)).toImage(), icon.pixmap(QSize(16, 16)).toImage());
    }
};

QTEST_MAIN(TstAppIcon)
#include "tst_app_icon.moc"
