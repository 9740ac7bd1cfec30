"""The Workshop menu of the main window: the timer (status bar, large in presentation)
and View → Present. Nothing here is modal once running: the timer never blocks editing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QMenu

from ..i18n import tr
from .countdown import DONE, IDLE, PAUSED, PRESET_MINUTES, RUNNING, Countdown
from .presentation import Presentation

if TYPE_CHECKING:
    from .main_window import MainWindow

TICK_MS = 200
FLASH_MS = 400
FLASH_TIMES = 12  # about five seconds of flashing at zero
SOUND_SETTING = "timer_sound"


class WorkshopTimer(QObject):
    """A `Countdown` ticked by a QTimer; at zero it flashes and (if wanted) beeps."""

    changed = Signal()
    finished = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.countdown = Countdown()
        self.flash_on = False
        self._flashes = 0
        self.beeps = 0  # how many times it sounded (tests read it)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.tick)
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._toggle_flash)

    @property
    def state(self) -> str:
        return self.countdown.state

    def visible(self) -> bool:
        """Whether there is a time to show (running, paused, or just ended)."""
        return self.countdown.state != IDLE

    def text(self) -> str:
        c = self.countdown
        if c.state == PAUSED:
            return tr("Workshop", "{0} (paused)").format(c.text())
        return c.text()

    def sound_on(self) -> bool:
        value = self.settings.value(SOUND_SETTING, True)
        return value not in (False, "false", "0", 0)

    def set_sound(self, on: bool) -> None:
        self.settings.setValue(SOUND_SETTING, bool(on))

    def start(self, seconds: float) -> None:
        self._stop_flash()
        self.countdown.start(seconds)
        self._tick.start()
        self.changed.emit()

    def toggle_pause(self) -> None:
        self.countdown.toggle()
        self.changed.emit()

    def add_minute(self) -> None:
        was_done = self.countdown.state == DONE
        self.countdown.add(60)
        if was_done:
            self._stop_flash()
            self._tick.start()
        self.changed.emit()

    def stop(self) -> None:
        self.countdown.stop()
        self._tick.stop()
        self._stop_flash()
        self.changed.emit()

    def tick(self) -> None:
        if self.countdown.poll():
            self._tick.stop()
            if self.sound_on():
                self.beeps += 1
                QApplication.beep()
            self._flashes = 0
            self.flash_on = True
            self._flash.start()
            self.finished.emit()
        self.changed.emit()

    def _toggle_flash(self) -> None:
        self._flashes += 1
        self.flash_on = not self.flash_on
        if self._flashes >= FLASH_TIMES:
            self._flash.stop()
            self.flash_on = False
        self.changed.emit()

    def _stop_flash(self) -> None:
        self._flash.stop()
        self.flash_on = False


class Workshop(QObject):
    """Builds the Workshop menu and View → Present; owns the timer and the presentation."""

    def __init__(self, window: MainWindow, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.timer = WorkshopTimer(window.settings, self)
        self.presentation = Presentation(window, self.timer)
        self.act_present = QAction(tr("Workshop", "&Present"), window)
        self.act_present.setShortcut(QKeySequence("F5"))
        self.act_present.setStatusTip(
            tr("Workshop", "Show the map full screen, a stage at a time (Escape leaves)")
        )
        self.act_present.triggered.connect(lambda: self.presentation.enter())
        window.addAction(self.act_present)  # (F5 works with the menu bar hidden too)
        view_menu.addSeparator()
        view_menu.addAction(self.act_present)
        menu = window.menuBar().addMenu(tr("Workshop", "&Workshop"))
        self.menu = menu
        timer_menu = menu.addMenu(tr("Workshop", "&Timer"))
        self.timer_menu = timer_menu
        self.preset_actions: list[QAction] = []
        for minutes in PRESET_MINUTES:
            act = timer_menu.addAction(tr("Workshop", "Start {0} minutes").format(minutes))
            act.triggered.connect(lambda _=False, m=minutes: self.timer.start(m * 60))
            self.preset_actions.append(act)
        self.act_custom = timer_menu.addAction(tr("Workshop", "Start &Custom…"))
        self.act_custom.triggered.connect(self.start_custom)
        timer_menu.addSeparator()
        self.act_pause = timer_menu.addAction(tr("Workshop", "&Pause"))
        self.act_pause.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.act_pause.triggered.connect(self.timer.toggle_pause)
        self.act_add_minute = timer_menu.addAction(tr("Workshop", "&Add a Minute"))
        self.act_add_minute.triggered.connect(self.timer.add_minute)
        self.act_stop = timer_menu.addAction(tr("Workshop", "&Stop"))
        self.act_stop.triggered.connect(self.timer.stop)
        timer_menu.addSeparator()
        self.act_sound = timer_menu.addAction(tr("Workshop", "Sound at &Zero"))
        self.act_sound.setCheckable(True)
        self.act_sound.setChecked(self.timer.sound_on())
        self.act_sound.toggled.connect(self.timer.set_sound)
        for act in (self.act_pause, self.act_add_minute, self.act_stop):
            window.addAction(act)
        menu.addSeparator()
        menu.addAction(self.act_present)
        self.label = QLabel()
        self.label.setObjectName("timer-label")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer.changed.connect(self._update)
        self._update()

    def start_custom(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self.window,
            tr("Workshop", "Timer"),
            tr("Workshop", "Minutes:"),
            7,
            1,
            240,
        )
        if ok:
            self.timer.start(minutes * 60)

    def _update(self) -> None:
        state = self.timer.state
        self.act_pause.setEnabled(state in (RUNNING, PAUSED))
        self.act_pause.setText(
            tr("Workshop", "&Resume") if state == PAUSED else tr("Workshop", "&Pause")
        )
        self.act_add_minute.setEnabled(state != IDLE)
        self.act_stop.setEnabled(state != IDLE)
        if not self.timer.visible():
            self.label.hide()
            return
        self.label.setText(tr("Workshop", "Timer {0}").format(self.timer.text()))
        self.label.setStyleSheet(
            "QLabel { background: #D64545; color: white; padding: 0 6px; }"
            if self.timer.flash_on
            else "QLabel { padding: 0 6px; }"
        )
        self.label.show()
